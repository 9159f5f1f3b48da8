package jixiao.floor;

import java.math.BigDecimal;
import java.util.List;
import jixiao.indicator.Decimals;
import jixiao.indicator.IndicatorContext;
import jixiao.indicator.IndicatorValue;
import jixiao.indicator.Unit;
import jixiao.indicator.ValueParser;
import jixiao.scoring.Inputs;

/**
 * Spec §3 预算执行率: executed ÷ the full-year budget (adjusted when given, else declared), amounts in
 * {@code budgetUnit} unless their text carries a unit of money. Scored by the budget group's weight ×
 * min(1, rate); no budget (or ≤ 0) → no rate and the group drops out; a budget without a readable
 * executed amount scores 0 with MISSING_ACTUAL (or UNRECOGNIZED_VALUE for text that is no amount).
 */
final class BudgetExecution {
    /** The rate (null without one) and the budget group's score (null where it drops out or is absent). */
    record Outcome(BigDecimal rate, BigDecimal score) {
        static final Outcome NONE = new Outcome(null, null);
    }

    private final ValueParser parser;
    private final BigDecimal lowPercent;

    BudgetExecution(ValueParser parser, BigDecimal lowPercent) {
        this.parser = parser;
        this.lowPercent = lowPercent;
    }

    Outcome execute(Inputs.Declaration declaration, Inputs.Assessment assessment, BigDecimal weight,
                    List<Deviation> deviations) {
        String budgetText = assessment.budgetAdjusted() != null ? assessment.budgetAdjusted() : declaration.budget();
        if (budgetText == null) {
            return Outcome.NONE;
        }
        String budgetUnit = declaration.budgetUnit();
        Unit base = budgetUnit == null ? null : parser.parseUnit(budgetUnit).orElse(null);
        BigDecimal budget = amount(budgetText, budgetUnit, base);
        if (budget == null || budget.signum() <= 0) {
            return Outcome.NONE;
        }
        String executedText = assessment.budgetExecuted();
        BigDecimal executed = executedText == null ? null : amount(executedText, budgetUnit, base);
        if (executed == null) {
            boolean unreadable = executedText != null
                    && !(parser.parseActual(executedText, IndicatorContext.none()) instanceof IndicatorValue.Empty);
            deviations.add(new Deviation(unreadable ? Deviation.Type.UNRECOGNIZED_VALUE
                    : Deviation.Type.MISSING_ACTUAL, null));
            return new Outcome(null, weight == null ? null : BigDecimal.ZERO);
        }
        BigDecimal rate = Decimals.div(executed, budget);
        if (Decimals.round2(Decimals.mul(rate, Decimals.HUNDRED)).compareTo(lowPercent) < 0) {
            deviations.add(new Deviation(Deviation.Type.LOW_BUDGET_EXECUTION, null));
        }
        return new Outcome(rate, weight == null ? null : Decimals.mul(weight, rate.min(BigDecimal.ONE)));
    }

    /**
     * An amount in the budget's unit (its value × its unit's factor ÷ the budget unit's); null when it is
     * no number, or a number in a unit that is not money (or not the budget unit's dimension).
     */
    private BigDecimal amount(String text, String budgetUnit, Unit base) {
        IndicatorValue v = parser.parseActual(text, new IndicatorContext(null, null, null, budgetUnit));
        if (!(v instanceof IndicatorValue.Quantity q)) {
            return null;
        }
        Unit unit = q.unit();
        if (unit == null) {
            return q.value();
        }
        if (base != null ? !unit.dimension().equals(base.dimension()) : !"元".equals(unit.dimension())) {
            return null;
        }
        BigDecimal inBase = Decimals.mul(q.value(), unit.factor());
        return base == null ? inBase : Decimals.div(inBase, base.factor());
    }
}
