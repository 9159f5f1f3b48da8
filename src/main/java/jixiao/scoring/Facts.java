package jixiao.scoring;

import java.math.BigDecimal;

/** Small immutable facts the rules read: table rows and settings of one evaluation. */
public final class Facts {
    private Facts() {
    }

    /** A normalised level1 name that maps onto a group. */
    public record GroupAlias(String alias, String group) {
    }

    /** A prefix of the generic scale of any stem, with its rank. */
    public record GenericPrefix(String prefix, int rank, boolean negated) {
    }

    /** A prefix that makes a target negative ({@code 不影响生态环境}). */
    public record NegativePrefix(String prefix) {
    }

    /** A word that, starting an actual against a numeric target, reads as 0. */
    public record ZeroWord(String word) {
    }

    /** The settings of one evaluation: policy of the table, thresholds, period and month. */
    public record Settings(String reverseMode, String equalsMode, BigDecimal targetTooLow,
                           BigDecimal lowBudgetExecutionPercent, BigDecimal scoreSpendMismatchPoints,
                           String period, int month, BigDecimal redBelow, BigDecimal yellowBelow,
                           BigDecimal blueFrom) {
        public boolean isHalfYear() {
            return "HALF_YEAR".equals(period);
        }
    }

    /** A point of the declared spending plan: by the end of {@code month}, {@code percent} of the budget spent. */
    public record Checkpoint(int month, BigDecimal percent) {
    }

    /** The units whose quantities accumulate over the year (§5), from the vocabulary table. */
    public record CumulativeUnits(java.util.List<String> units) {
    }

    /** A deviation (偏差) the rules raised; {@code seq} places an indicator's deviations with it (null: last). */
    public record Deviation(String type, String severity, String indicatorId, String level3, BigDecimal gap,
                            BigDecimal relativeGap, String message, String rule, Integer seq) {

        /** A deviation of the whole assessment (budget, spending, an unknown actual). */
        public Deviation(String type, String severity, String indicatorId, String level3, BigDecimal gap,
                         BigDecimal relativeGap, String message, String rule) {
            this(type, severity, indicatorId, level3, gap, relativeGap, message, rule, null);
        }

        /** A deviation of one declared indicator. */
        public static Deviation about(IndicatorFact i, String type, String severity, BigDecimal gap,
                                      BigDecimal relativeGap, String message, String rule) {
            return new Deviation(type, severity, i.getId(), i.getLevel3(), gap, relativeGap, message, rule, i.getSeq());
        }
    }
}
