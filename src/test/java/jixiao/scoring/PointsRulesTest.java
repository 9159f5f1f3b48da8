package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/15-points.drl */
class PointsRulesTest {

    @Test
    void explicitPointsAreKeptAndTheRestIsSharedEqually() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, List.of(
                        ind("a", "产出指标", "甲", "≥1次", "20"), ind("b", "产出指标", "乙", "≥1次"),
                        ind("c", "成本指标", "丙", "≤10万元"))),
                fullYear(null, List.of(act("a", "1次"), act("b", "1次"), act("c", "10万元"))));
        assertEquals(dec("20"), indicator(r, "a").points());
        assertEquals(dec("15"), indicator(r, "b").points());
        assertEquals(dec("15"), indicator(r, "c").points());
        assertEquals(List.of(), deviationTypes(r));
    }

    @Test
    void pointsOverTheWeightAreScaledAndReported() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, List.of(
                        ind("a", "产出指标", "甲", "≥1次", "40"), ind("b", "产出指标", "乙", "≥1次", "40"))),
                fullYear(null, List.of(act("a", "1次"), act("b", "1次"))));
        assertEquals(dec("25"), indicator(r, "a").points());
        assertEquals(List.of("POINTS_ADJUSTED"), deviationTypes(r));
    }

    @Test
    void explicitPointsFillingTheWeightLeaveTheOthersScaled() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, List.of(
                        ind("a", "产出指标", "甲", "≥1次", "50"), ind("b", "产出指标", "乙", "≥1次"))),
                fullYear(null, List.of(act("a", "1次"), act("b", "1次"))));
        // a keeps 50, b gets W/N = 25; Σ 75 scaled to 50.
        assertEquals(dec("33.33"), indicator(r, "a").points());
        assertEquals(dec("16.67"), indicator(r, "b").points());
        assertEquals(dec("100"), r.totalScore());
    }
}
