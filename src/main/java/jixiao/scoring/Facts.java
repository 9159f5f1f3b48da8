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

    /** A deviation (偏差) the rules raised. */
    public record Deviation(String type, String severity, String indicatorId, String level3, BigDecimal gap,
                            BigDecimal relativeGap, String message, String rule) {
    }
}
