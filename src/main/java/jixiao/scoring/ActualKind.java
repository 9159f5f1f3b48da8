package jixiao.scoring;

/** What a reported actual was read as (spec §1.2): nothing, a number, a wording, a completion tier word, or a number no form states. */
public enum ActualKind {
    NONE,
    NUMBER,
    TERM,
    TIER,
    UNREADABLE
}
