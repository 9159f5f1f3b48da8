package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    @Test
    void scoresTheApiExampleAsDocumented() {
        EvaluationResult r = EVALUATOR.evaluate(
                project("mof-project", "560", List.of(ind("c1", "产出指标", "公共区域清洁达标率", "≥99.5%"))),
                fullYear("540", List.of(act("c1", "99.7%"))));
        assertEquals(dec("99.4"), r.totalScore());
        assertEquals("优", r.grade());
        assertEquals(dec("96.43"), r.budgetExecution().rate());
        assertEquals(dec("9.64"), r.budgetExecution().score());
        EvaluationResult.Indicator c1 = indicator(r, "c1");
        assertEquals(Status.ACHIEVED, c1.status());
        assertEquals(dec("50"), c1.points());
        assertEquals("quantitative: at least the target", c1.rule());
        assertEquals("rules/20-quantitative.drl", c1.ruleFile());
        assertEquals("实际值 99.7% ≥ 目标值 99.5%，得满分 50 分", c1.explanation());
        assertNull(r.groups().get(1).score());
        assertEquals(List.of(), r.deviations());
        assertTrue(r.ruleset().version().startsWith("sha256:"));
    }
}
