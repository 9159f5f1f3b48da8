package jixiao.scoring;

/**
 * The kinds of deviation (偏差, spec §4). Their order in a result and their usual severity are data
 * of {@code scoring-tables/}, not of this list.
 */
public enum DeviationType {
    UNKNOWN_GROUP,
    UNIT_MISMATCH,
    UNRECOGNIZED_VALUE,
    MISSING_ACTUAL,
    ACTUAL_NOT_QUANTIFIED,
    BELOW_TARGET,
    ABOVE_LIMIT,
    OFF_TARGET,
    QUALITATIVE_SHORTFALL,
    LAGGING_PROGRESS,
    SPENDING_BEHIND_SCHEDULE,
    MISSING_REASON,
    SCORE_OVERCLAIMED,
    SCORE_OUT_OF_BAND,
    STRICT_BOUNDARY,
    TARGET_TOO_LOW,
    UNKNOWN_INDICATOR,
    POINTS_ADJUSTED,
    LOW_BUDGET_EXECUTION,
    SCORE_SPEND_MISMATCH,
    /** A spot check's review: the self-assessed total exceeds the verified one by more than the tables allow, or its grade drops. */
    SELF_SCORE_INFLATED
}
