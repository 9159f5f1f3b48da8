package jixiao.accounts;

/** What an audit entry records. */
public enum AuditAction {
    LOGIN,
    DECLARATION_CREATED,
    ASSESSMENT_SUBMITTED,
    BATCH_SUBMITTED,
    REEVALUATED,
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    PASSWORD_CHANGED,
    YEAR_EXPORTED,
    SPOT_CHECK_CREATED,
    REVIEW_CREATED
}
