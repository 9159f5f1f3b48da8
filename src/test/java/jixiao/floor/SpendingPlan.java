package jixiao.floor;

import java.math.BigDecimal;
import java.util.List;
import jixiao.indicator.Decimals;
import jixiao.scoring.Inputs;

/**
 * Spec §5: the percent of the budget expected spent by month m — read linearly through (0, 0), the
 * declared checkpoints and (12, 100) unless December is declared; m/12 without a plan.
 */
final class SpendingPlan {
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private SpendingPlan() {
    }

    static BigDecimal expectedPercent(List<Inputs.Checkpoint> plan, int month) {
        if (plan == null || plan.isEmpty()) {
            return Decimals.div(Decimals.mul(BigDecimal.valueOf(month), Decimals.HUNDRED), TWELVE);
        }
        int lowMonth = 0;
        BigDecimal lowPercent = BigDecimal.ZERO;
        int highMonth = 12;
        BigDecimal highPercent = Decimals.HUNDRED;
        for (Inputs.Checkpoint c : plan) {
            if (c.month() == month) {
                return c.percent();
            }
            if (c.month() < month && c.month() >= lowMonth) {
                lowMonth = c.month();
                lowPercent = c.percent();
            } else if (c.month() > month && c.month() <= highMonth) {
                highMonth = c.month();
                highPercent = c.percent();
            }
        }
        BigDecimal share = Decimals.div(BigDecimal.valueOf(month - lowMonth), BigDecimal.valueOf(highMonth - lowMonth));
        return lowPercent.add(Decimals.mul(highPercent.subtract(lowPercent), share));
    }
}
