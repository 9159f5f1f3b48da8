package jixiao.scoring.fact;

import java.math.BigDecimal;

/**
 * The budget of an assessment as read: the full-year budget the rate divides by (adjusted when given, else
 * declared) and the amount executed, in one unit; null when not given or not a valid amount.
 *
 * @param budgetUnreadable whether the budget was given (not empty, §1.1) but is no valid amount: text that is
 *                         no number, a unit that is not money, or a number in a budget unit no table knows
 * @param budgetText       the budget as given (adjusted, else declared), with an unknown budget unit named
 * @param executedUnreadable whether the executed amount was given but is no valid amount (also when negative)
 * @param groupWeight      the weight of the table's budget group, null when it has none
 * @param reasonGiven      whether the assessment explains its spending (spendingReason)
 */
public record Budget(BigDecimal budget, boolean budgetUnreadable, String budgetText, BigDecimal executed,
                     boolean executedUnreadable, String executedText, BigDecimal groupWeight, boolean reasonGiven) {
}
