package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/10-classify.drl */
class ClassifyRulesTest {

    private static EvaluationResult run(List<Inputs.DeclaredIndicator> ind, List<Inputs.ReportedActual> act) {
        return EVALUATOR.evaluate(project("mof-project", null, ind), fullYear(null, act));
    }

    @Test
    void rowWithoutTargetIsNotApplicableAndIgnoresItsActual() {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "数量", "≥1次"), ind("b", "效益指标", "经济效益", null)),
                List.of(act("a", "1次"), act("b", "5")));
        EvaluationResult.Indicator b = indicator(r, "b");
        assertEquals("NOT_APPLICABLE", b.status());
        assertNull(b.points());
        assertNull(b.score());
        assertEquals(List.of(), deviationTypes(r));
    }

    @Test
    void level1OutsideTheTableIsInvalidWithUnknownGroup() {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "数量", "≥1次"), ind("x", "决策指标", "计划", "健全")),
                List.of(act("a", "1次"), act("x", "健全")));
        assertEquals("INVALID", indicator(r, "x").status());
        assertNull(indicator(r, "x").points());
        assertEquals(List.of("UNKNOWN_GROUP:x"), deviationTypes(r));
        assertEquals(dec("100"), r.totalScore());
    }

    @Test
    void missingActualScoresZeroWithMissingActual() {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "数量", "≥1次")), List.of());
        assertEquals("MISSING", indicator(r, "a").status());
        assertEquals(dec("0"), indicator(r, "a").score());
        assertEquals(List.of("MISSING_ACTUAL:a"), deviationTypes(r));
    }

    @Test
    void wordForNothingAgainstANumericCeilingReadsAsZero() {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "安全事故次数", "≤0次")), List.of(act("a", "未发生安全事故")));
        assertEquals("ACHIEVED", indicator(r, "a").status());
    }

    @Test
    void textAgainstNumericTargetIsUnrecognized() {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "保障率", "≥95%")), List.of(act("a", "很好")));
        assertEquals("INVALID", indicator(r, "a").status());
        assertEquals(dec("0"), indicator(r, "a").score());
        assertEquals(List.of("UNRECOGNIZED_VALUE:a"), deviationTypes(r));
    }

    @Test
    void numberAgainstQualitativeTargetIsUnrecognized() {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "制度健全性", "健全")), List.of(act("a", "100%")));
        assertEquals(List.of("UNRECOGNIZED_VALUE:a"), deviationTypes(r));
    }

    @Test
    void differentUnitsAreNeverComparedSilently() {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "响应时间", "≤30分钟")), List.of(act("a", "2天")));
        assertEquals("INVALID", indicator(r, "a").status());
        assertEquals(List.of("UNIT_MISMATCH:a"), deviationTypes(r));
    }

    @Test
    void convertibleUnitsAreConvertedIntoTheTargets() {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "响应时间", "≤1小时")), List.of(act("a", "45分钟")));
        assertEquals("ACHIEVED", indicator(r, "a").status());
        assertEquals(0, dec("0.75").compareTo(indicator(r, "a").actual().value()));
    }

    @Test
    void explicitEqualsIsScoredInTheImpliedDirection() {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "“三公经费”变动率", "=0%"),
                        ind("b", "产出指标", "非税收入预算完成率", "=100%")),
                List.of(act("a", "-5%"), act("b", "100%")));
        assertEquals("<=", indicator(r, "a").target().scoredOp());
        assertEquals("ACHIEVED", indicator(r, "a").status());
        assertEquals(">=", indicator(r, "b").target().scoredOp());
    }
}
