package jixiao.forms;

/** What a form found in a file is: a 绩效目标申报表 (targets only) or a 绩效自评表 (with actuals). */
public enum FormKind {
    DECLARATION,
    SELF_ASSESSMENT
}
