package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

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
        assertEquals(Status.NOT_APPLICABLE, b.status());
        assertNull(b.points());
        assertNull(b.score());
        assertEquals(List.of(), deviationTypes(r));
    }

    @Test
    void level1OutsideTheTableIsInvalidWithUnknownGroup() {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "数量", "≥1次"), ind("x", "决策指标", "计划", "健全")),
                List.of(act("a", "1次"), act("x", "健全")));
        assertEquals(Status.INVALID, indicator(r, "x").status());
        assertNull(indicator(r, "x").points());
        assertEquals(List.of("UNKNOWN_GROUP:x"), deviationTypes(r));
        assertEquals(dec("100"), r.totalScore());
    }

    @Test
    void missingActualScoresZeroWithMissingActual() {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "数量", "≥1次")), List.of());
        assertEquals(Status.MISSING, indicator(r, "a").status());
        assertEquals(dec("0"), indicator(r, "a").score());
        assertEquals(List.of("MISSING_ACTUAL:a"), deviationTypes(r));
    }

    @Test
    void wordForNothingAgainstANumericCeilingReadsAsZero() {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "安全事故次数", "≤0次")), List.of(act("a", "未发生安全事故")));
        assertEquals(Status.ACHIEVED, indicator(r, "a").status());
    }

    @Test
    void textAgainstNumericTargetIsUnrecognized() {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "保障率", "≥95%")), List.of(act("a", "很好")));
        assertEquals(Status.INVALID, indicator(r, "a").status());
        assertEquals(dec("0"), indicator(r, "a").score());
        assertEquals(List.of("UNRECOGNIZED_VALUE:a"), deviationTypes(r));
    }

    @ParameterizedTest(name = "target {0}, actual {1}")
    @CsvSource(delimiter = '|', value = {"≥1e999999%|达成", "≥1e999999%|完成", "≥1e999999%|", "健全|≥1e999999",
            "≥95%|12345678901234567%"})
    void aNumberNoFormStatesIsNeverScoredWhateverStandsOnTheOtherSide(String target, String actual) {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "资金到位率", target)),
                actual == null ? List.of() : List.of(act("a", actual)));
        assertEquals(Status.INVALID, indicator(r, "a").status());
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
        assertEquals(Status.INVALID, indicator(r, "a").status());
        assertEquals(List.of("UNIT_MISMATCH:a"), deviationTypes(r));
    }

    @Test
    void convertibleUnitsAreConvertedIntoTheTargets() {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "响应时间", "≤1小时")), List.of(act("a", "45分钟")));
        assertEquals(Status.ACHIEVED, indicator(r, "a").status());
        assertEquals(0, dec("0.75").compareTo(indicator(r, "a").actual().value()));
    }

    @Test
    void explicitEqualsIsScoredInTheImpliedDirection() {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "“三公经费”变动率", "=0%"),
                        ind("b", "产出指标", "非税收入预算完成率", "=100%")),
                List.of(act("a", "-5%"), act("b", "100%")));
        assertEquals("<=", indicator(r, "a").target().scoredOp());
        assertEquals(Status.ACHIEVED, indicator(r, "a").status());
        assertEquals(">=", indicator(r, "b").target().scoredOp());
    }

    @ParameterizedTest(name = "target \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "  ", "/", "—", "-"})
    void rowWithAnEmptyTargetIsNotApplicableEvenWithoutGroupOrLevel3(String target) {
        // §3: a printed form's blank row — level1 of no group, no level3 (level2 stands in), an actual reported
        Inputs.DeclaredIndicator blank = new Inputs.DeclaredIndicator("x", "其他指标", "指标1", null, text(target),
                null, null, null, null);
        EvaluationResult r = run(List.of(ind("a", "产出指标", "数量", "≥1次"), blank),
                List.of(act("a", "1次"), act("x", "很好", null, "5")));
        EvaluationResult.Indicator x = indicator(r, "x");
        assertEquals(Status.NOT_APPLICABLE, x.status());
        assertEquals("classify: a row without a target is not applicable", x.rule());
        assertNull(x.group());
        assertNull(x.points());
        assertNull(x.score());
        assertEquals(List.of(), deviationTypes(r));
        assertEquals(dec("50"), indicator(r, "a").points());
        assertEquals(dec("100"), r.totalScore());
    }

    @Test
    void rowOfNoGroupHoldsNoPointsAndTakesNoShare() {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "数量", "≥2次"), ind("x", "其他指标", "计划", "≥1次", "10")),
                List.of(act("a", "1次", "原因", null), act("x", "1次", null, "10")));
        EvaluationResult.Indicator x = indicator(r, "x");
        assertEquals(Status.INVALID, x.status());
        assertNull(x.group());
        assertNull(x.points());
        assertNull(x.score());
        assertEquals(dec("50"), indicator(r, "a").points());
        assertEquals(dec("50"), r.totalScore());
        assertEquals(List.of("BELOW_TARGET:a", "UNKNOWN_GROUP:x"), deviationTypes(r));
    }

    @ParameterizedTest(name = "target {0}, actual {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "≥95%|达成|ACHIEVED", "≥95%|部分达成|PARTIAL", "≤30小时|未达成|UNMET", "80%-90%|达成年度指标|ACHIEVED"})
    void completionTierAgainstANumericTargetIsScoredByItsTierNotInvalid(String target, String actual, Status status) {
        EvaluationResult r = run(List.of(ind("a", "产出指标", "保障率", target)), List.of(act("a", actual, "原因", null)));
        assertEquals(status, indicator(r, "a").status());
        assertEquals("qualitative: a completion tier against a numeric target", indicator(r, "a").rule());
    }
}
