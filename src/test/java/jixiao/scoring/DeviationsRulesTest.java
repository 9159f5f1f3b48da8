package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/70-deviations.drl */
class DeviationsRulesTest {

    @Test
    void targetExceededByAFifthWasProbablyTooLow() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, List.of(ind("a", "产出指标", "次数", "≥100次"))),
                fullYear(null, List.of(act("a", "120次"))));
        assertEquals(List.of("TARGET_TOO_LOW:a"), deviationTypes(r));
        assertEquals(dec("0.2"), r.deviations().get(0).relativeGap());
        assertEquals(dec("20"), r.deviations().get(0).gap());
    }

    @Test
    void shortfallWithoutReasonAsksForOne() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, List.of(ind("a", "产出指标", "次数", "≥100次"))),
                fullYear(null, List.of(act("a", "80次"))));
        assertEquals(List.of("BELOW_TARGET:a", "MISSING_REASON:a"), deviationTypes(r));
        assertEquals(dec("-0.2"), r.deviations().get(0).relativeGap());
    }

    @Test
    void unknownAndSecondActualsAreReported() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, List.of(ind("a", "产出指标", "次数", "≥1次"))),
                fullYear(null, List.of(new Inputs.ReportedActual(null, null, null, "次数", text("1次"), null, null, null),
                        new Inputs.ReportedActual(null, null, null, "次数", text("2次"), null, null, null),
                        new Inputs.ReportedActual("zz", null, null, "别的", text("2次"), null, null, null))));
        assertEquals(Status.ACHIEVED, indicator(r, "a").status());
        assertEquals(dec("1"), indicator(r, "a").actual().value());
        assertEquals(List.of("UNKNOWN_INDICATOR:zz", "UNKNOWN_INDICATOR"), deviationTypes(r));
    }

    @Test
    void lowExecutionAndAHighScoreOnMoneyNotSpent() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", "100", List.of(ind("a", "产出指标", "次数", "≥1次"))),
                fullYear("80", List.of(act("a", "1次"))));
        assertEquals(List.of("LOW_BUDGET_EXECUTION", "SCORE_SPEND_MISMATCH"), deviationTypes(r));
        EvaluationResult fine = EVALUATOR.evaluate(project("mof-project", "100", List.of(ind("a", "产出指标", "次数", "≥1次"))),
                fullYear("95", List.of(act("a", "1次"))));
        assertEquals(List.of(), deviationTypes(fine));
    }

    @Test
    void sameInputsGiveTheIdenticalResult() {
        var d = project("mof-project", "100", List.of(ind("a", "产出指标", "次数", "≥100次"), ind("b", "产出指标", "合规性", "合规")));
        var a = fullYear("80", List.of(act("a", "90次"), act("b", "基本合规")));
        assertEquals(EVALUATOR.evaluate(d, a), EVALUATOR.evaluate(d, a));
    }

    private static EvaluationResult one(String target, String actual, String reason) {
        return EVALUATOR.evaluate(project("mof-project", null, List.of(ind("a", "产出指标", "次数", target))),
                fullYear(null, List.of(act("a", actual, reason, null))));
    }

    @ParameterizedTest(name = "{0}% over the target")
    @CsvSource({"119.995次, TARGET_TOO_LOW:a", "119.994次, ''", "119.6次, ''", "120次, TARGET_TOO_LOW:a"})
    void targetTooLowIsTestedOnThePercentageAtTwoDecimals(String actual, String expected) {
        // 19.995 % shows as 20.00 % (raised); 19.994 % as 19.99 %, 19.6 % below 20 % (not raised)
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), deviationTypes(one("≥100次", actual, null)));
    }

    @Test
    void tooLowNamesThePercentageShown() {
        assertEquals("“次数”实际值 119.995次 超出目标值 ≥100次 20%，目标可能设定偏低",
                one("≥100次", "119.995次", null).deviations().get(0).message());
    }

    @ParameterizedTest(name = "target {0}, actual {1}")
    @CsvSource(delimiter = '|', value = {
            "≥95%|达成|ACTUAL_NOT_QUANTIFIED:a",
            "≥95%|部分达成|ACTUAL_NOT_QUANTIFIED:a BELOW_TARGET:a MISSING_REASON:a",
            ">95%|未达成|ACTUAL_NOT_QUANTIFIED:a BELOW_TARGET:a MISSING_REASON:a",
            "≤30小时|部分达成|ACTUAL_NOT_QUANTIFIED:a ABOVE_LIMIT:a MISSING_REASON:a",
            "80%-90%|未达成|ACTUAL_NOT_QUANTIFIED:a OFF_TARGET:a MISSING_REASON:a",
            "=100%|部分达成|ACTUAL_NOT_QUANTIFIED:a BELOW_TARGET:a MISSING_REASON:a",
    })
    void aTierWhereANumberWasDueIsFlaggedBesidesItsShortfall(String target, String actual, String expected) {
        assertEquals(List.of(expected.split(" ")), deviationTypes(one(target, actual, "")));
    }

    @Test
    void aTierShortfallWithAReasonNeedsNoReasonButIsStillNotQuantified() {
        EvaluationResult r = one("≥95%", "部分达成", "设备到货延迟");
        assertEquals(List.of("ACTUAL_NOT_QUANTIFIED:a", "BELOW_TARGET:a"), deviationTypes(r));
        EvaluationResult.Deviation notQuantified = r.deviations().get(0);
        assertEquals(Severity.WARNING, notQuantified.severity());
        assertEquals("rules/70-deviations.drl", notQuantified.ruleFile());
        assertEquals("“次数”目标值 ≥95% 为数值，实际完成值“部分达成”未给出数值，已按完成档次计分，请填报实际完成数值",
                notQuantified.message());
        assertEquals("“次数”实际完成情况填报为“部分达成”（部分达成），未达到目标值 ≥95%", r.deviations().get(1).message());
        assertEquals(null, r.deviations().get(1).gap());
    }

    private static EvaluationResult spent(String executed, List<Inputs.DeclaredIndicator> ind, List<Inputs.ReportedActual> act) {
        return EVALUATOR.evaluate(project("mof-project", "100", ind), fullYear(executed, act));
    }

    @ParameterizedTest(name = "executed {0} of 100")
    @CsvSource({"89.995, ''", "89.994, LOW_BUDGET_EXECUTION"})
    void lowExecutionIsTestedOnTheRateAtTwoDecimals(String executed, String expected) {
        // 89.995 % shows as 90.00 %, not below 90 %; 100 − 90.00 = 10 > 5 raises the mismatch in both
        EvaluationResult r = spent(executed, List.of(ind("a", "产出指标", "次数", "≥1次")), List.of(act("a", "1次")));
        List<String> want = expected.isEmpty() ? List.of("SCORE_SPEND_MISMATCH") : List.of(expected, "SCORE_SPEND_MISMATCH");
        assertEquals(want, deviationTypes(r));
    }

    @ParameterizedTest(name = "executed {0} of 100")
    @CsvSource({"95, ''", "94.996, ''", "94.994, SCORE_SPEND_MISMATCH"})
    void scoreSpendMismatchIsADifferenceOfTwoDecimalValues(String executed, String expected) {
        // score rate 100.00 %; 94.996 % shows as 95.00 %: 5.00 is not above 5; 94.994 % → 94.99 %: 5.01 is
        EvaluationResult r = spent(executed, List.of(ind("a", "产出指标", "次数", "≥1次")), List.of(act("a", "1次")));
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), deviationTypes(r));
    }

    @Test
    void scoreSpendMismatchCountsInvalidIndicatorsButNotRowsOfNoGroupOrWithoutTarget() {
        // a 25/25, b INVALID 0/25 → 50 % of the points, below 80 %: no mismatch (without b it would be 100 %)
        EvaluationResult withInvalid = spent("80", List.of(ind("a", "产出指标", "次数", "≥1次"),
                ind("b", "产出指标", "率", "≥95%")), List.of(act("a", "1次"), act("b", "很好")));
        assertEquals(List.of("UNRECOGNIZED_VALUE:b", "LOW_BUDGET_EXECUTION"), deviationTypes(withInvalid));
        // x of no group holds no points and n has no target: neither dilutes a's 100 % against 80 %
        EvaluationResult r = spent("80", List.of(ind("a", "产出指标", "次数", "≥1次"),
                ind("x", "其他指标", "率", "≥95%"), ind("n", "效益指标", "效益", null)),
                List.of(act("a", "1次"), act("x", "10%"), act("n", "0")));
        assertEquals(List.of("UNKNOWN_GROUP:x", "LOW_BUDGET_EXECUTION", "SCORE_SPEND_MISMATCH"), deviationTypes(r));
        assertEquals("指标得分率 100% 高出预算执行率 80% 超过 5 个百分点：资金未支出而自评得分偏高",
                r.deviations().get(2).message());
    }
}
