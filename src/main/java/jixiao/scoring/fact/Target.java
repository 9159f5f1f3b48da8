package jixiao.scoring.fact;

import java.math.BigDecimal;

/**
 * The target an indicator is scored against, in the declared target's unit: the declared target at year
 * end ({@link #declared}, inserted with the indicator); at mid-year (12-expected.drl) the value expected by the month (the declared half-year value, pro rata,
 * or the full-year target), with {@code expected} the value shown as expected. It names its indicator, so
 * that 10-classify.drl matches the two in one pattern.
 */
public record Target(Indicator indicator, BigDecimal value, BigDecimal low, BigDecimal high, String term,
                     String shown, BigDecimal expected) {
    public int seq() {
        return indicator.seq();
    }

    /**
     * The declared target, which a year-end assessment is scored against (§5) and which the evaluator
     * inserts with the indicator; null for a row without one or with one that cannot be read (they are
     * not scored). At mid-year 12-expected.drl derives the value expected by the month instead.
     */
    public static Target declared(Indicator i) {
        Declared d = i.target();
        return switch (d.kind()) {
            case QUANTITY, RANGE, TERM -> new Target(i, d.value(), d.low(), d.high(), d.term(), d.shown(), null);
            case NONE, UNREADABLE -> null;
        };
    }

    /** A number or a range to reach (not a wording). */
    public boolean isNumeric() {
        return value != null || low != null || high != null;
    }

    /**
     * Hashed by the place of its indicator, as {@link Indicator} is: truth maintenance hashes each fact
     * inserted logically, and a record's own hash would walk every value and text it holds.
     */
    @Override
    public int hashCode() {
        return 31 * seq() + 1;
    }
}
