package jixiao.scoring.fact;

import java.math.BigDecimal;

/**
 * The budget of an assessment as read: the full-year budget the rate divides by (adjusted when given, else
 * declared) and the amount executed, in one unit; null when not given or unreadable.
 *
 * @param groupWeight the weight of the table's budget group, null when it has none
 * @param reasonGiven whether the assessment explains its spending (spendingReason)
 */
public record Budget(BigDecimal budget, BigDecimal executed, boolean executedUnreadable, String executedText,
                     BigDecimal groupWeight, boolean reasonGiven) {
}
