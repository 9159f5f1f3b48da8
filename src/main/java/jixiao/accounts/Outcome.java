package jixiao.accounts;

/** How an audited action ended: done, refused for its input or credentials, refused for the unit, or throttled. */
public enum Outcome {
    SUCCESS,
    FAILURE,
    DENIED,
    THROTTLED
}
