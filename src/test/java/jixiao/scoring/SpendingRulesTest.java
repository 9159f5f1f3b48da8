package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import jixiao.indicator.Decimals;

/** rules/85-spending.drl — spending at month m against the declared plan, its light and provisional score (§5). */
class SpendingRulesTest {
    /** Seed 001: 3月底 25 %, 6月底 50 %, 10月底 75 %, 12月底 100 %. */
    private static final List<Inputs.Checkpoint> HEBEI_PLAN = List.of(at(3, "25"), at(6, "50"), at(10, "75"), at(12, "100"));

    private static EvaluationResult spending(List<Inputs.Checkpoint> plan, int month, String budget, String executed) {
        return EVALUATOR.evaluate(planned(budget, plan, List.of(ind("a", "产出指标", "保障率", "≥95%"))),
                halfYear(month, executed, null, List.of(act("a", "96%", "原因", null))));
    }

    @ParameterizedTest(name = "month {0}: {1}%")
    @CsvSource({"3, 25", "6, 50", "8, 62.5", "2, 16.67", "11, 87.5", "1, 8.33"})
    void thePlanIsReadLinearlyBetweenItsCheckpoints(int month, String percent) {
        assertEquals(dec(percent).toPlainString(), Decimals.show(spending(HEBEI_PLAN, month, "400000", "1")
                .budgetExecution().expectedPercent()));
    }

    @Test
    void aPlanWithoutDecemberEndsFullySpent() {
        assertEquals(dec("100"), spending(List.of(at(3, "100")), 6, "152170", "1").budgetExecution().expectedPercent());
        assertEquals(dec("75"), spending(List.of(at(6, "50")), 9, "100", "1").budgetExecution().expectedPercent());
    }

    @Test
    void aDeclaredDecemberIsKept() {
        assertEquals(dec("70"), spending(List.of(at(6, "50"), at(12, "90")), 9, "100", "1").budgetExecution().expectedPercent());
    }

    @Test
    void withoutAPlanTheExpectedShareIsTheMonthsElapsed() {
        assertEquals(dec("50"), spending(List.of(), 6, "100", "1").budgetExecution().expectedPercent());
        assertEquals(dec("33.33"), Decimals.round2(spending(List.of(), 4, "100", "1").budgetExecution().expectedPercent()));
    }

    @Test
    void executionIsMeasuredAgainstThePlanAndScoredCappedAtOne() {
        EvaluationResult.Budget b = spending(HEBEI_PLAN, 6, "400000", "100000").budgetExecution();
        assertEquals(dec("25"), b.rate());
        assertEquals(dec("50"), b.progress());
        assertEquals(dec("5"), b.score());
        assertEquals(Light.RED, b.light());
        assertEquals("6月底计划支出 50%；已支出 100000 ÷ 400000 = 25%，为计划的 50%；得分 = 10 × min(1, 50%) = 5 分；"
                + "支出进度低于计划的 60%，红灯", b.explanation());
        assertEquals(dec("10"), spending(HEBEI_PLAN, 6, "400000", "300000").budgetExecution().score());
    }

    @ParameterizedTest(name = "{0} of 400000 spent by June is {1}")
    @CsvSource({"119960, RED", "120000, YELLOW", "160000, GREEN", "239960, GREEN", "240000, BLUE",
            // progress 79.995 % shows as 80.00 %: green; 79.9949 % as 79.99 %: yellow (§3, 2-decimal tests)
            "159990, GREEN", "159989.8, YELLOW"})
    void spendingIsLitByTheSameBands(String executed, Light light) {
        assertEquals(light, spending(HEBEI_PLAN, 6, "400000", executed).budgetExecution().light());
    }

    @Test
    void noExecutedAmountIsRedAndScoresZero() {
        EvaluationResult r = spending(HEBEI_PLAN, 6, "400000", null);
        assertEquals(Light.RED, r.budgetExecution().light());
        assertEquals(dec("0"), r.budgetExecution().score());
        assertEquals(List.of("MISSING_ACTUAL"), deviationTypes(r));
    }

    @Test
    void withoutABudgetThereIsNoSpendingLight() {
        EvaluationResult r = spending(HEBEI_PLAN, 6, null, "100");
        assertNull(r.budgetExecution());
        assertEquals(Light.GREEN, r.light());
    }
}
