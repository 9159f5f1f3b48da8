package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/20-quantitative.drl — one indicator worth 50 points in 产出. */
class QuantitativeRulesTest {

    private static EvaluationResult.Indicator score(String level3, String target, String actual) {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, List.of(ind("a", "产出指标", level3, target))),
                fullYear(null, List.of(act("a", actual, "原因", null))));
        return indicator(r, "a");
    }

    @Test
    void shortOfAMinimumScoresInProportion() {
        EvaluationResult.Indicator i = score("保障率", "≥95%", "80%");
        assertEquals(Status.PARTIAL, i.status());
        assertEquals(dec("42.11"), i.score());
        assertEquals("quantitative: short of the target scores in proportion", i.rule());
        assertEquals("实际值 80% 未达到目标值 ≥95%，得分 = 50 × 80 ÷ 95 = 42.11 分", i.explanation());
    }

    @Test
    void overACeilingScoresTheRatioByDefault() {
        EvaluationResult.Indicator i = score("全年网络中断时长累计", "≤30小时/年", "40小时");
        assertEquals(dec("37.5"), i.score());
        assertEquals(Status.PARTIAL, i.status());
    }

    @Test
    void strictComparatorsCountTheBoundaryAsMet() {
        assertEquals(Status.ACHIEVED, score("完好率", "大于95%", "95%").status());
    }

    @Test
    void overALimitOfZeroScoresZero() {
        EvaluationResult.Indicator i = score("责任安全事故发生率", "≤0%", "1%");
        assertEquals(Status.UNMET, i.status());
        assertEquals(dec("0"), i.score());
    }

    @Test
    void rangesScoreByTheBoundMissed() {
        assertEquals(Status.ACHIEVED, score("占比", "80%~90%", "85%").status());
        assertEquals(dec("43.75"), score("占比", "80%~90%", "70%").score());
        assertEquals(dec("45"), score("占比", "80%~90%", "100%").score());
    }

    @Test
    void aScoreNeverExceedsThePoints() {
        assertEquals(dec("50"), score("服务人次", "≥100人次", "300人次").score());
    }

    @Test
    void zeroActualAgainstAMinimumIsUnmet() {
        EvaluationResult.Indicator i = score("次数", "≥4次", "0次");
        assertEquals(Status.UNMET, i.status());
        assertEquals(dec("0"), i.score());
    }

    @ParameterizedTest(name = "{0} of ≥100000次 → {1}")
    @CsvSource({"10次, PARTIAL, 0.01", "9次, UNMET, 0", "4次, UNMET, 0"})
    void partialOrUnmetIsDecidedOnTheScoreAtTwoDecimals(String actual, Status status, String shown) {
        // 50 × 10 ÷ 100000 = 0.005 shows as 0.01 (> 0: PARTIAL); 0.0045 shows as 0.00 (UNMET)
        EvaluationResult.Indicator i = score("次数", "≥100000次", actual);
        assertEquals(status, i.status());
        assertEquals(dec(shown), i.score());
    }
}
