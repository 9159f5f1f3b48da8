package jixiao.scoring;

/** How a classified indicator is scored (spec §2): by its comparator and the ratio formulas, or by completion tiers. */
public enum ScoringKind {
    QUANTITATIVE,
    QUALITATIVE
}
