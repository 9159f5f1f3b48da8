package jixiao.web;

/** What a declaration is for: a project (项目支出) or a whole department (部门整体). */
public enum SubjectType {
    PROJECT,
    DEPARTMENT
}
