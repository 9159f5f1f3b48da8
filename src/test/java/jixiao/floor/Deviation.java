package jixiao.floor;

/** A deviation (偏差, spec §4) as the comparison needs it: its type and the indicator it names, if any. */
public record Deviation(Type type, String indicatorId) {

    /** The deviation types of spec §4 that a year-end (and a half-year) result raises. */
    public enum Type {
        UNKNOWN_GROUP, UNIT_MISMATCH, UNRECOGNIZED_VALUE, MISSING_ACTUAL, ACTUAL_NOT_QUANTIFIED, BELOW_TARGET,
        ABOVE_LIMIT, OFF_TARGET, QUALITATIVE_SHORTFALL, LAGGING_PROGRESS, SPENDING_BEHIND_SCHEDULE, MISSING_REASON,
        SCORE_OVERCLAIMED, SCORE_OUT_OF_BAND, STRICT_BOUNDARY, TARGET_TOO_LOW, UNKNOWN_INDICATOR, POINTS_ADJUSTED,
        LOW_BUDGET_EXECUTION, SCORE_SPEND_MISMATCH
    }

    /** {@code TYPE} or {@code TYPE:indicatorId}, as the comparison prints it. */
    public String key() {
        return indicatorId == null ? type.name() : type.name() + ":" + indicatorId;
    }
}
