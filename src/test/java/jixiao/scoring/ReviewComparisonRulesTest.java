package jixiao.scoring;

import static jixiao.scoring.Fixtures.EVALUATOR;
import static jixiao.scoring.Fixtures.act;
import static jixiao.scoring.Fixtures.fullYear;
import static jixiao.scoring.Fixtures.ind;
import static jixiao.scoring.Fixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/95-review-comparison.drl, against the real rules/ and scoring-tables/ (spotChecks.inflatedPoints: 5). */
class ReviewComparisonRulesTest {
    private static final ReviewComparer COMPARER = new ReviewComparer(EVALUATOR);

    private static List<EvaluationResult.Deviation> compare(String self, String selfGrade, String reviewed,
                                                            String reviewedGrade) {
        return COMPARER.compare(self == null ? null : new BigDecimal(self), selfGrade,
                reviewed == null ? null : new BigDecimal(reviewed), reviewedGrade);
    }

    @Test
    void theShippedThresholdIsFivePoints() {
        assertEquals(0, new BigDecimal("5").compareTo(COMPARER.inflatedPoints()));
    }

    @Test
    void aSelfTotalMoreThanTheThresholdAboveTheReviewedOneIsInflated() {
        List<EvaluationResult.Deviation> found = compare("97.68", "优", "92.67", "优");
        assertEquals(1, found.size());
        EvaluationResult.Deviation d = found.get(0);
        assertEquals(DeviationType.SELF_SCORE_INFLATED, d.type());
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(0, new BigDecimal("5.01").compareTo(d.gap()));
        assertNull(d.indicatorId());
        assertEquals("总分", d.level3());
        assertEquals("rules/95-review-comparison.drl", d.ruleFile());
        assertEquals("review comparison: the self-assessed total exceeds the reviewed one by more than the tables allow",
                d.rule());
        assertEquals("自评总分 97.68 分比复核总分 92.67 分高 5.01 分，超过允许的 5 分", d.message());
    }

    @Test
    void aGapOfExactlyTheThresholdWithTheSameGradeIsNotInflated() {
        assertEquals(List.of(), compare("97.68", "优", "92.68", "优"));
        assertEquals(List.of(), compare("90", "优", "90", "优"));
    }

    @Test
    void aReviewedTotalAboveTheSelfOneIsNotInflated() {
        assertEquals(List.of(), compare("80", "良", "95", "优"));
    }

    @Test
    void aLowerGradeIsInflatedWhateverTheGap() {
        List<EvaluationResult.Deviation> found = compare("90.5", "优", "89.5", "良");
        assertEquals(1, found.size());
        assertEquals(DeviationType.SELF_SCORE_INFLATED, found.get(0).type());
        assertEquals("review comparison: the reviewed grade is lower than the self-assessed one", found.get(0).rule());
        assertEquals("复核后等级由“优”降为“良”（自评总分 90.5 分，复核总分 89.5 分）", found.get(0).message());
        assertEquals(0, BigDecimal.ONE.compareTo(found.get(0).gap()));
    }

    @Test
    void aGapBeyondTheThresholdThatAlsoDropsTheGradeIsOneDeviationNamingBoth() {
        List<EvaluationResult.Deviation> found = compare("91", "优", "70", "中");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().endsWith("，等级由“优”降为“中”"), found.get(0).message());
    }

    @Test
    void anUngradedSideComparesNothing() {
        assertEquals(List.of(), compare(null, null, "60", "中"));
        assertEquals(List.of(), compare("95", "优", null, null));
    }

    @Test
    void aNormalEvaluationNeverRaisesIt() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", "100",
                        List.of(ind("a", "产出指标", "验收合格率", "≥95%"))),
                fullYear("100", List.of(act("a", "10%"))));
        assertTrue(r.deviations().stream().noneMatch(d -> d.type() == DeviationType.SELF_SCORE_INFLATED),
                r.deviations().toString());
    }
}
