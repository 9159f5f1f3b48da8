package jixiao.scoring;

/** What a declared target was read as (spec §1.2): nothing, a number with a comparator, a range, a wording, or a number no form states. */
public enum TargetKind {
    NONE,
    QUANTITY,
    RANGE,
    TERM,
    UNREADABLE
}
