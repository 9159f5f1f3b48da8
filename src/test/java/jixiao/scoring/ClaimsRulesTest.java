package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/40-claims.drl — one indicator worth 50 points in 产出. */
class ClaimsRulesTest {

    private static EvaluationResult run(String target, String actual, String claim) {
        return EVALUATOR.evaluate(project("mof-project", null, List.of(ind("a", "产出指标", "指标", target))),
                fullYear(null, List.of(act("a", actual, "原因", claim))));
    }

    @Test
    void qualitativeClaimInsideItsBandBecomesTheScore() {
        EvaluationResult r = run("合规", "基本合规", "38");
        assertEquals(dec("38"), indicator(r, "a").score());
        assertEquals("claims: a qualitative claim inside its tier's band is accepted", indicator(r, "a").rule());
    }

    @Test
    void qualitativeClaimAtTheTopOfAnOpenBandIsRejected() {
        EvaluationResult r = run("合规", "基本合规", "40");
        assertEquals(dec("35"), indicator(r, "a").score());
        assertEquals(List.of("QUALITATIVE_SHORTFALL:a", "SCORE_OUT_OF_BAND:a"), deviationTypes(r));
    }

    @Test
    void quantitativeClaimNeverChangesTheScore() {
        EvaluationResult r = run("≥95%", "80%", "50");
        assertEquals(dec("42.11"), indicator(r, "a").score());
        assertEquals(List.of("BELOW_TARGET:a", "SCORE_OVERCLAIMED:a"), deviationTypes(r));
        assertEquals(List.of("BELOW_TARGET:a"), deviationTypes(run("≥95%", "80%", "42.11")));
    }

    @Test
    void claimOnAMissingActualIsIgnored() {
        EvaluationResult r = run("≥95%", null, "50");
        assertEquals(dec("0"), indicator(r, "a").score());
        assertEquals(List.of("MISSING_ACTUAL:a"), deviationTypes(r));
    }

    /** Yunnan: 产出 declared as 4 × 10 points against the table's 50 → each row 12.5, claims × 50 ÷ 40. */
    private static EvaluationResult yunnan(String target, String actual, String claim) {
        return EVALUATOR.evaluate(project("mof-project", null, List.of(
                        ind("a", "产出指标", "指标", target, "10"), ind("b", "产出指标", "乙", "≥1次", "10"),
                        ind("c", "产出指标", "丙", "≥1次", "10"), ind("d", "产出指标", "丁", "≥1次", "10"))),
                fullYear(null, List.of(act("a", actual, "原因", claim), act("b", "1次"), act("c", "1次"), act("d", "1次"))));
    }

    /** Ningxia: 效益 declared as 4 × 10 points against the table's 30 → each row 7.5, claims × 30 ÷ 40. */
    private static EvaluationResult ningxia(String target, String actual, String claim) {
        return EVALUATOR.evaluate(project("mof-project", null, List.of(
                        ind("a", "效益指标", "指标", target, "10"), ind("b", "效益指标", "乙", "≥1次", "10"),
                        ind("c", "效益指标", "丙", "≥1次", "10"), ind("d", "效益指标", "丁", "≥1次", "10"))),
                fullYear(null, List.of(act("a", actual, "原因", claim), act("b", "1次"), act("c", "1次"), act("d", "1次"))));
    }

    @Test
    void fullMarksClaimedOnAScaledUpGroupCountsAsTheScaledPoints() {
        EvaluationResult quantitative = yunnan("≥95%", "96%", "10");
        assertEquals(List.of("POINTS_ADJUSTED"), deviationTypes(quantitative));
        EvaluationResult qualitative = yunnan("合规", "合规", "10");
        assertEquals(dec("12.5"), indicator(qualitative, "a").score());
        assertEquals("claims: a qualitative claim inside its tier's band is accepted", indicator(qualitative, "a").rule());
        assertTrue(indicator(qualitative, "a").explanation().endsWith(
                "自评分 10 分（随“产出”组分值 × 50 ÷ 40 折算为 12.5 分）在该档分值区间 [10, 12.5] 内，采用自评分"),
                indicator(qualitative, "a").explanation());
        assertEquals(List.of("POINTS_ADJUSTED"), deviationTypes(qualitative));
    }

    @Test
    void fullMarksClaimedOnAScaledDownGroupIsNeitherOverclaimedNorOutOfBand() {
        assertEquals(List.of("POINTS_ADJUSTED"), deviationTypes(ningxia("≥95%", "96%", "10")));
        EvaluationResult qualitative = ningxia("合规", "合规", "10");
        assertEquals(dec("7.5"), indicator(qualitative, "a").score());
        assertEquals(List.of("POINTS_ADJUSTED"), deviationTypes(qualitative));
        // a PARTIAL claim of 7 on the form counts as 5.25, inside [4.5, 6)
        EvaluationResult partial = ningxia("合规", "基本合规", "7");
        assertEquals(dec("5.25"), indicator(partial, "a").score());
    }

    @Test
    void aScaledClaimAboveTheScoreIsStillOverclaimed() {
        // w = 12.5, score 12.5 × 80 ÷ 95 = 10.53; the claim 9 counts as 11.25
        EvaluationResult r = yunnan("≥95%", "80%", "9");
        assertEquals(dec("10.53"), indicator(r, "a").score());
        assertEquals(List.of("BELOW_TARGET:a", "SCORE_OVERCLAIMED:a", "POINTS_ADJUSTED"), deviationTypes(r));
        assertEquals("“指标”自评分 9 分（随“产出”组分值 × 50 ÷ 40 折算为 11.25 分）高于按完成值计算的得分 10.53 分",
                r.deviations().get(1).message());
        // 8.42 counts as 10.525 → 10.53 at 2 decimals: not above the score
        assertEquals(List.of("BELOW_TARGET:a", "POINTS_ADJUSTED"), deviationTypes(yunnan("≥95%", "80%", "8.42")));
    }

    @Test
    void aScaledClaimIsTestedAtTwoDecimalsAndTakenUnrounded() {
        // PARTIAL band of 12.5 is [7.5, 10): 7.996 counts as 9.995 → 10.00, outside; 7.9959 as 9.994875 → 9.99, inside
        assertEquals(dec("8.75"), indicator(yunnan("合规", "基本合规", "7.996"), "a").score());
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, List.of(
                        ind("a", "产出指标", "甲", "合规", "10"), ind("b", "产出指标", "乙", "合规", "10"),
                        ind("c", "产出指标", "丙", "≥1次", "10"), ind("d", "产出指标", "丁", "≥1次", "10"))),
                fullYear(null, List.of(act("a", "基本合规", "原因", "7.9959"), act("b", "基本合规", "原因", "7.9959"),
                        act("c", "1次"), act("d", "1次"))));
        assertEquals(dec("9.99"), indicator(r, "a").score());
        // the group adds the unrounded 9.994875 twice: 25 + 19.98975 = 44.98975 → 44.99 (not 44.98)
        assertEquals(dec("44.99"), r.groups().get(0).score());
    }

    @Test
    void anUnscaledClaimIsTestedAtTwoDecimalsToo() {
        // PARTIAL band of 50 is [30, 40): 39.996 shows as 40.00, outside
        EvaluationResult r = run("合规", "基本合规", "39.996");
        assertEquals(dec("35"), indicator(r, "a").score());
        assertEquals(List.of("QUALITATIVE_SHORTFALL:a", "SCORE_OUT_OF_BAND:a"), deviationTypes(r));
        assertEquals(dec("39.99"), indicator(run("合规", "基本合规", "39.994"), "a").score());
    }

    @Test
    void aTierAgainstANumericTargetIsClaimedAsAQualitativeIndicator() {
        // 部分达成 against ≥95%: PARTIAL, band [30, 40) of 50
        EvaluationResult inside = run("≥95%", "部分达成", "38");
        assertEquals(dec("38"), indicator(inside, "a").score());
        assertEquals("claims: a qualitative claim inside its tier's band is accepted", indicator(inside, "a").rule());
        EvaluationResult outside = run("≥95%", "部分达成", "45");
        assertEquals(dec("35"), indicator(outside, "a").score());
        assertEquals(List.of("ACTUAL_NOT_QUANTIFIED:a", "BELOW_TARGET:a", "SCORE_OUT_OF_BAND:a"), deviationTypes(outside));
    }
}
