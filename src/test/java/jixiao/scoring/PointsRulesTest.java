package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/08-points.drl */
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

    @Test
    void onlyScoredIndicatorsShareTheGroupsPoints() {
        // §3: c has no target (NOT_APPLICABLE): its explicit 30 neither counts in E nor takes a share
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, List.of(
                        ind("a", "产出指标", "甲", "≥1次", "20"), ind("b", "产出指标", "乙", "≥1次"),
                        ind("c", "产出指标", "丙", null, "30"), ind("d", "产出指标", "丁", "/"))),
                fullYear(null, List.of(act("a", "1次"), act("b", "1次"), act("c", "1次"))));
        assertEquals(dec("20"), indicator(r, "a").points());
        assertEquals(dec("30"), indicator(r, "b").points());
        assertNull(indicator(r, "c").points());
        assertNull(indicator(r, "d").points());
        assertEquals(List.of(), deviationTypes(r));
        assertEquals(dec("100"), r.totalScore());
    }

    @Test
    void aGroupOfOnlyRowsWithoutTargetsDropsOut() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, List.of(
                        ind("a", "产出指标", "甲", "≥2次"), ind("e", "效益指标", "乙", null))),
                fullYear(null, List.of(act("a", "1次", "原因", null))));
        assertNull(r.groups().stream().filter(g -> g.name().equals("效益")).findFirst().orElseThrow().score());
        assertEquals(dec("50"), r.totalScore());
    }

    @Test
    void aScaledGroupRecordsItsFactorForTheClaims() {
        // Yunnan: 产出 4 × 10 declared against the table's 50 → each 12.5 (× 50 ÷ 40)
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, List.of(
                        ind("a", "产出指标", "甲", "≥1次", "10"), ind("b", "产出指标", "乙", "≥1次", "10"),
                        ind("c", "产出指标", "丙", "≥1次", "10"), ind("d", "产出指标", "丁", "≥1次", "10"))),
                fullYear(null, List.of(act("a", "1次", null, "10"), act("b", "1次"), act("c", "1次"), act("d", "1次"))));
        assertEquals(dec("12.5"), indicator(r, "a").points());
        assertEquals(List.of("POINTS_ADJUSTED"), deviationTypes(r));
        assertEquals("“产出”组各指标分值合计 40 分，与该组权重 50 分不符，已按比例折算为 50 分（各指标分值与自评分均 × 50 ÷ 40）",
                r.deviations().get(0).message());
    }
}
