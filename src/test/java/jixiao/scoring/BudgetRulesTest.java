package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/50-budget.drl */
class BudgetRulesTest {
    private static final List<Inputs.DeclaredIndicator> ONE = List.of(ind("a", "产出指标", "保障率", "≥95%"));

    @Test
    void noBudgetDropsTheBudgetGroup() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, ONE), fullYear("100", List.of(act("a", "95%"))));
        assertNull(r.budgetExecution());
        assertNull(r.groups().get(3).score());
        assertEquals(dec("100"), r.totalScore());
    }

    @Test
    void budgetWithoutExecutedScoresZero() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", "100", ONE), fullYear(null, List.of(act("a", "95%"))));
        assertEquals(dec("0"), r.budgetExecution().score());
        assertEquals(dec("83.33"), r.totalScore());
        assertEquals(List.of("MISSING_ACTUAL"), deviationTypes(r));
    }

    @Test
    void adjustedBudgetAndAmountsWithTheirOwnUnit() {
        Inputs.Assessment a = new Inputs.Assessment(Period.FULL_YEAR, 12, "80", "720000元", null, List.of(act("a", "95%")));
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", "100", ONE), a);
        assertEquals(dec("90"), r.budgetExecution().rate());
        assertEquals(dec("9"), r.budgetExecution().score());
    }

    @Test
    void overspendingIsCappedAtFullPoints() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", "100", ONE), fullYear("120", List.of(act("a", "95%"))));
        assertEquals(dec("120"), r.budgetExecution().rate());
        assertEquals(dec("10"), r.budgetExecution().score());
    }

    @Test
    void tableWithoutBudgetGroupReportsTheRateOnly() {
        Inputs.Declaration d = new Inputs.Declaration("DEPARTMENT", "单位", "部门", 2026, "hubei-department", "100", "万元",
                List.of(), List.of(ind("a", "履职效能", "保障率", "≥95%")));
        EvaluationResult r = EVALUATOR.evaluate(d, fullYear("95", List.of(act("a", "95%"))));
        assertEquals(dec("95"), r.budgetExecution().rate());
        assertNull(r.budgetExecution().score());
    }

    /** Text that is no amount must not take the budget group out of the total, which would raise it. */
    @Test
    void anAdjustedBudgetThatIsNoAmountScoresZeroAndSaysSo() {
        Inputs.Assessment a = new Inputs.Assessment(Period.FULL_YEAR, 12, "待定", "50", null, List.of(act("a", "95%")));
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", "100", ONE), a);
        assertNull(r.budgetExecution().rate());
        assertEquals(dec("0"), r.budgetExecution().score());
        assertEquals(dec("83.33"), r.totalScore());
        assertEquals(List.of("UNRECOGNIZED_VALUE"), deviationTypes(r));
        assertTrue(r.deviations().get(0).message().contains("预算数“待定”不是有效金额"), r.deviations().get(0).message());
    }

    @Test
    void aDeclaredBudgetThatIsNoAmountScoresZero() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", "约五百", ONE), fullYear("50", List.of(act("a", "95%"))));
        assertEquals(dec("0"), r.budgetExecution().score());
        assertEquals(List.of("UNRECOGNIZED_VALUE"), deviationTypes(r));
    }

    /** §1.1: an empty adjusted budget ("/") is not given, so the declared one counts. */
    @Test
    void anEmptyAdjustedBudgetFallsBackToTheDeclaredOne() {
        Inputs.Assessment a = new Inputs.Assessment(Period.FULL_YEAR, 12, "/", "95", null, List.of(act("a", "95%")));
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", "100", ONE), a);
        assertEquals(dec("95"), r.budgetExecution().rate());
        assertEquals(dec("9.5"), r.budgetExecution().score());
    }

    @Test
    void aNegativeExecutedAmountScoresZeroNeverBelow() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", "100", ONE), fullYear("-50", List.of(act("a", "95%"))));
        assertEquals(dec("0"), r.budgetExecution().score());
        assertEquals(List.of("UNRECOGNIZED_VALUE"), deviationTypes(r));
        assertTrue(r.budgetExecution().explanation().contains("执行数“-50”不是有效金额"), r.budgetExecution().explanation());
    }

    /** A budget unit no table knows cannot say how much a bare number is; an amount with its own unit still could. */
    @Test
    void aBudgetInAnUnknownUnitScoresZeroAndNamesTheUnit() {
        Inputs.Declaration d = new Inputs.Declaration("PROJECT", "单位", "项目", 2026, "mof-project", "560", "x",
                List.of(), ONE);
        EvaluationResult r = EVALUATOR.evaluate(d, fullYear("545万元", List.of(act("a", "95%"))));
        assertEquals(dec("0"), r.budgetExecution().score());
        assertEquals(List.of("UNRECOGNIZED_VALUE"), deviationTypes(r));
        assertTrue(r.deviations().get(0).message().contains("预算单位“x”无法识别"), r.deviations().get(0).message());
    }

    @Test
    void atMidYearABudgetThatIsNoAmountScoresZeroToo() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", "abc", ONE),
                halfYear(6, "30", null, List.of(act("a", "95%"))));
        assertEquals(dec("0"), r.budgetExecution().score());
        assertTrue(deviationTypes(r).contains("UNRECOGNIZED_VALUE"), deviationTypes(r).toString());
    }
}
