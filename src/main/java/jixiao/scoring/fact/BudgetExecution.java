package jixiao.scoring.fact;

import java.math.BigDecimal;
import jixiao.indicator.Decimals;

/**
 * 50-budget.drl (year end) and 85-spending.drl (mid-year): the execution rate (executed ÷ budget), the budget
 * group's points and score, at mid-year the plan's expected percent and progress against it (percent), and
 * the explanation. A budget missing or ≤ 0 has no rate; at mid-year its light is a {@link SpendingLight}.
 */
public record BudgetExecution(BigDecimal rate, BigDecimal points, BigDecimal score, BigDecimal expectedPercent,
                              BigDecimal progress, String explanation) {

    /** The rate as every threshold test sees it: a percentage rounded to 2 decimals. */
    public BigDecimal ratePercent() {
        return rate == null ? null : Decimals.round2(Decimals.mul(rate, Decimals.HUNDRED));
    }

    /** Progress against the plan as every light band sees it: rounded to 2 decimals. */
    public BigDecimal progressRounded() {
        return Decimals.round2(progress);
    }

    /** Spending ahead (+) or behind (−) the plan, in percentage points at 2 decimals. */
    public BigDecimal gapToPlan() {
        return Decimals.round2(ratePercent().subtract(expectedPercent));
    }

    /** The gap to the plan over the plan's percent, to 4 decimals; null when nothing was planned. */
    public BigDecimal relativeGapToPlan() {
        return expectedPercent.signum() == 0 ? null
                : Decimals.round4(Decimals.div(ratePercent().subtract(expectedPercent), expectedPercent));
    }
}
