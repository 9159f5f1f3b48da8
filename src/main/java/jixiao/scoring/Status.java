package jixiao.scoring;

/** What became of one indicator (spec §1.6, §2). */
public enum Status {
    ACHIEVED,
    PARTIAL,
    UNMET,
    MISSING,
    INVALID,
    NOT_APPLICABLE
}
