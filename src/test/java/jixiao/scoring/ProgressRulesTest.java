package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/80-progress.drl — progress and light of each indicator at mid-year (§5), at every band boundary. */
class ProgressRulesTest {

    private static EvaluationResult.Indicator at6(String level3, String target, String actual) {
        EvaluationResult r = EVALUATOR.evaluate(planned(null, List.of(), List.of(ind("a", "产出指标", level3, target))),
                halfYear(6, null, null, List.of(act("a", actual, "原因", null))));
        return indicator(r, "a");
    }

    @ParameterizedTest(name = "{1} of an expected 100% is {2}")
    @CsvSource({
        "保障率, 59.99%, RED",
        "保障率, 59.994%, RED",
        "保障率, 59.995%, YELLOW",
        "保障率, 60%, YELLOW",
        "保障率, 79.99%, YELLOW",
        "保障率, 80%, GREEN",
        "保障率, 119.99%, GREEN",
        "保障率, 120%, BLUE",
    })
    void aMinimumIsLitByItsProgressBand(String level3, String actual, Light light) {
        EvaluationResult.Indicator i = at6(level3, "≥100%", actual);
        assertEquals(light, i.light());
        assertEquals("rules/80-progress.drl", i.lightRuleFile());
    }

    @Test
    void progressIsTheActualOverTheExpectedValue() {
        EvaluationResult.Indicator i = at6("检查次数", "≥20次", "6次");
        assertEquals(dec("10"), i.expected());
        assertEquals(dec("60"), i.progress());
        assertEquals(Light.YELLOW, i.light());
        assertEquals("progress: behind the expected value is yellow", i.lightRule());
        assertEquals("预期值 ≥10次（6月预期值 = 全年目标 ≥20次 × 6/12），实际值 6次，进度 = 6 ÷ 10 = 60%，60% ≤ 进度 < 80%，黄灯",
                i.lightExplanation());
    }

    @Test
    void aDirectionalEqualsIsLitLikeAMinimum() {
        assertEquals(Light.RED, at6("非税收入预算完成率", "=100%", "50%").light());
    }

    @Test
    void aLimitIsGreenUntilItIsExceeded() {
        assertEquals(Light.GREEN, at6("故障响应时间", "≤30分钟", "30分钟").light());
        assertEquals(Light.RED, at6("故障响应时间", "≤30分钟", "31分钟").light());
    }

    @Test
    void aLimitOfZeroIsGreenOnlyAtZero() {
        assertEquals(Light.GREEN, at6("责任安全事故发生率", "≤0%", "0%").light());
        assertEquals(Light.RED, at6("责任安全事故发生率", "≤0%", "0.1%").light());
        assertNull(at6("责任安全事故发生率", "≤0%", "0.1%").progress());
    }

    @Test
    void aMinimumExpectedAtZeroIsGreenOnceReached() {
        assertEquals(Light.GREEN, at6("新增就业人数", "≥0人", "3人").light());
    }

    @Test
    void aRangeIsGreenInsideBlueAboveAndBandedBelow() {
        assertEquals(Light.GREEN, at6("占比", "80%~90%", "85%").light());
        assertEquals(Light.BLUE, at6("占比", "80%~90%", "95%").light());
        EvaluationResult.Indicator below = at6("占比", "80%~90%", "60%");
        assertEquals(dec("75"), below.progress());
        assertEquals(Light.YELLOW, below.light());
    }

    @Test
    void qualitativeTargetsAreLitByTheirTier() {
        assertEquals(Light.GREEN, at6("制度健全性", "健全", "健全").light());
        assertEquals(Light.YELLOW, at6("制度健全性", "健全", "基本健全").light());
        assertEquals(Light.RED, at6("制度健全性", "健全", "不健全").light());
    }

    @Test
    void missingAndInvalidActualsAreRed() {
        assertEquals(Light.RED, at6("保障率", "≥95%", null).light());
        assertEquals(Light.RED, at6("保障率", "≥95%", "良好").light());
        assertEquals(Light.RED, at6("保障率", "≥95%", "95小时").light());
    }

    @Test
    void onlyQuantitiesThatAddUpAreProjected() {
        assertEquals(dec("24"), at6("检查次数", "≥20次", "12次").projectedFullYear());
        assertNull(at6("保障率", "≥95%", "96%").projectedFullYear());
    }

    @Test
    void aTierWordAgainstANumberIsLitByItsTier() {
        EvaluationResult r = EVALUATOR.evaluate(planned(null, List.of(), List.of(ind("a", "产出指标", "保障率", "≥95%"))),
                halfYear(6, null, null, List.of(act("a", "部分达成", "原因", null))));
        EvaluationResult.Indicator i = indicator(r, "a");
        assertEquals(Light.YELLOW, i.light());
        assertEquals("实际完成值仅填报“部分达成”（未给出数值），按档次部分达成，黄灯", i.lightExplanation());
        assertEquals(List.of("ACTUAL_NOT_QUANTIFIED:a", "LAGGING_PROGRESS:a"), deviationTypes(r));
    }
}
