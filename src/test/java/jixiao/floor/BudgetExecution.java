package jixiao.floor;

import java.math.BigDecimal;
import java.util.List;
import jixiao.indicator.Decimals;
import jixiao.indicator.IndicatorContext;
import jixiao.indicator.IndicatorValue;
import jixiao.indicator.Normaliser;
import jixiao.indicator.Unit;
import jixiao.indicator.ValueParser;
import jixiao.scoring.Inputs;
import jixiao.tables.Policy;

/**
 * Spec §3 预算执行率: executed ÷ the full-year budget (adjusted when given, else declared), amounts in
 * {@code budgetUnit} unless their text carries a unit of money. Scored by the budget group's weight ×
 * min(1, rate); no budget (or ≤ 0) → no rate and the group drops out; a budget without a readable
 * executed amount scores 0 with MISSING_ACTUAL (or UNRECOGNIZED_VALUE for text that is no amount, or a
 * negative one). A budget given but no amount (nor in a budget unit no table knows) scores 0 with
 * UNRECOGNIZED_VALUE in either period. At mid-year the rate is measured against the spending plan (§5).
 */
final class BudgetExecution {
    /**
     * The rate (null without one), the budget group's score (null where it drops out or is absent) and, at
     * mid-year, the spending light (null without a budget).
     */
    record Outcome(BigDecimal rate, BigDecimal score, Light light) {
        static final Outcome NONE = new Outcome(null, null, null);
    }

    /** The budget (adjusted, else declared) and the executed amount, in the budget's unit; null where not readable. */
    private record Amounts(BigDecimal budget, BigDecimal executed, boolean unreadable) {
        /** A budget given that is no amount. */
        static final Amounts UNREADABLE_BUDGET = new Amounts(null, null, false);
    }

    private final ValueParser parser;
    private final BigDecimal lowPercent;

    BudgetExecution(ValueParser parser, BigDecimal lowPercent) {
        this.parser = parser;
        this.lowPercent = lowPercent;
    }

    /** Year end: executed ÷ budget, scored weight × min(1, rate); LOW_BUDGET_EXECUTION below the threshold. */
    Outcome execute(Inputs.Declaration declaration, Inputs.Assessment assessment, BigDecimal weight,
                    List<Deviation> deviations) {
        Amounts amounts = amounts(declaration, assessment);
        if (amounts == null) {
            return Outcome.NONE;
        }
        if (amounts == Amounts.UNREADABLE_BUDGET) {
            return unreadableBudget(weight, deviations);
        }
        if (amounts.executed() == null) {
            deviations.add(missing(amounts));
            return new Outcome(null, weight == null ? null : BigDecimal.ZERO, null);
        }
        BigDecimal rate = Decimals.div(amounts.executed(), amounts.budget());
        if (Decimals.round2(Decimals.mul(rate, Decimals.HUNDRED)).compareTo(lowPercent) < 0) {
            deviations.add(new Deviation(Deviation.Type.LOW_BUDGET_EXECUTION, null));
        }
        return new Outcome(rate, weight == null ? null : Decimals.mul(weight, rate.min(BigDecimal.ONE)), null);
    }

    /**
     * Mid-year (§5): execution against the share of the budget the plan expects spent by the month, scored
     * weight × min(1, progress) and lit by the progress bands; nothing planned yet is on schedule (full
     * points, green); no executed amount scores 0 and is red.
     */
    Outcome monitor(Inputs.Declaration declaration, Inputs.Assessment assessment, BigDecimal weight,
                    BigDecimal expectedPercent, Policy.Monitoring bands, List<Deviation> deviations) {
        Amounts amounts = amounts(declaration, assessment);
        if (amounts == null) {
            return Outcome.NONE;
        }
        if (amounts == Amounts.UNREADABLE_BUDGET) {
            return unreadableBudget(weight, deviations);
        }
        if (amounts.executed() == null) {
            deviations.add(missing(amounts));
            return new Outcome(null, weight == null ? null : BigDecimal.ZERO, Light.RED);
        }
        BigDecimal rate = Decimals.div(amounts.executed(), amounts.budget());
        if (expectedPercent.signum() == 0) {
            return new Outcome(rate, weight, Light.GREEN);
        }
        BigDecimal progress = Decimals.div(Decimals.mul(rate, Decimals.HUNDRED), expectedPercent);
        BigDecimal score = weight == null ? null : Decimals.mul(weight, progress.min(BigDecimal.ONE));
        return new Outcome(rate, score, Light.ofProgress(Decimals.mul(progress, Decimals.HUNDRED), bands));
    }

    private static Outcome unreadableBudget(BigDecimal weight, List<Deviation> deviations) {
        deviations.add(new Deviation(Deviation.Type.UNRECOGNIZED_VALUE, null));
        return new Outcome(null, weight == null ? null : BigDecimal.ZERO, null);
    }

    private static Deviation missing(Amounts amounts) {
        return new Deviation(amounts.unreadable() ? Deviation.Type.UNRECOGNIZED_VALUE : Deviation.Type.MISSING_ACTUAL, null);
    }

    /** The amounts of an assessment with a budget above 0; null without one; UNREADABLE_BUDGET for one that is no amount. */
    private Amounts amounts(Inputs.Declaration declaration, Inputs.Assessment assessment) {
        String budgetText = given(assessment.budgetAdjusted()) ? assessment.budgetAdjusted() : declaration.budget();
        if (!given(budgetText)) {
            return null;
        }
        String budgetUnit = given(declaration.budgetUnit()) ? declaration.budgetUnit() : null;
        Unit base = budgetUnit == null ? null : parser.parseUnit(budgetUnit).orElse(null);
        BigDecimal budget = amount(budgetText, budgetUnit, base);
        if (budget == null) {
            return Amounts.UNREADABLE_BUDGET;
        }
        if (budget.signum() <= 0) {
            return null;
        }
        String executedText = assessment.budgetExecuted();
        BigDecimal executed = executedText == null ? null : amount(executedText, budgetUnit, base);
        if (executed != null && executed.signum() < 0) {
            executed = null;
        }
        return new Amounts(budget, executed, executed == null && given(executedText));
    }

    private static boolean given(String text) {
        return text != null && !Normaliser.isEmpty(Normaliser.normalise(text));
    }

    /**
     * An amount in the budget's unit (its value × its unit's factor ÷ the budget unit's); null when it is
     * no number, a number in a unit that is not money (or not the budget unit's dimension), or a bare number in
     * a budget unit no table knows.
     */
    private BigDecimal amount(String text, String budgetUnit, Unit base) {
        IndicatorValue v = parser.parseActual(text, new IndicatorContext(null, null, null, budgetUnit));
        if (!(v instanceof IndicatorValue.Quantity q)) {
            return null;
        }
        Unit unit = q.unit();
        if (unit == null) {
            return budgetUnit != null && base == null ? null : q.value();  // a bare number in a unit no table knows
        }
        if (base != null ? !unit.dimension().equals(base.dimension()) : !"元".equals(unit.dimension())) {
            return null;
        }
        BigDecimal inBase = Decimals.mul(q.value(), unit.factor());
        return base == null ? inBase : Decimals.div(inBase, base.factor());
    }
}
