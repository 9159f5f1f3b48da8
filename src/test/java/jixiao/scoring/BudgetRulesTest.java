package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
