package jixiao.storage;

/**
 * What an evaluation is: a department's self-assessment scored ({@code SELF}), or a bureau's review of one
 * with verified actuals ({@code REVIEW}, 复核), which is never a subject's current result.
 */
public enum EvaluationKind {
    SELF,
    REVIEW
}
