package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/12-expected.drl — the value expected by month m replaces the target at mid-year (§5). */
class ExpectedRulesTest {

    private static EvaluationResult.Indicator atMonth(int month, Inputs.DeclaredIndicator declared, String actual) {
        EvaluationResult r = EVALUATOR.evaluate(planned(null, List.of(), List.of(declared)),
                halfYear(month, null, null, List.of(act("a", actual, "原因", null))));
        return indicator(r, "a");
    }

    @Test
    void theDeclaredHalfYearValueIsExpectedAtMonthSix() {
        EvaluationResult.Indicator i = atMonth(6, ind("a", "产出指标", "预算执行率", "=100%", "=55%", null), "44%");
        assertEquals(dec("55"), i.expected());
        assertEquals(dec("80"), i.progress());
        assertEquals(dec("40"), i.score());
        assertEquals("实际值 44% 未达到目标值 =55%（半年指标值；全年目标 =100%），得分 = 50 × 44 ÷ 55 = 40 分", i.explanation());
    }

    @Test
    void aRangeWithAHalfYearValueIsStillScoredAtMonthSix() {
        // a single half-year number cannot stand in for a range: the range stays the target, and the
        // indicator (and with it the whole assessment) is scored, not left blank
        EvaluationResult.Indicator i = atMonth(6, ind("a", "产出指标", "床位使用率", "80%-90%", "≥50%", null), "85%");
        assertEquals(Status.ACHIEVED, i.status());
        assertEquals(dec("50"), i.score());
    }

    @Test
    void aHalfYearValueIsNotUsedAtOtherMonths() {
        assertEquals(dec("100"), atMonth(7, ind("a", "产出指标", "预算执行率", "=100%", "=55%", null), "44%").expected());
    }

    @Test
    void aCountInACumulativeUnitIsExpectedProRata() {
        EvaluationResult.Indicator i = atMonth(3, ind("a", "产出指标", "检查次数", "≥20次", null, null), "4次");
        assertEquals(dec("5"), i.expected());
        assertEquals(dec("80"), i.progress());
        assertEquals(dec("40"), i.score());
        assertEquals(dec("16"), i.projectedFullYear());
    }

    @Test
    void aYearlyUnitIsCumulativeWhateverItCounts() {
        assertEquals(dec("15"), atMonth(6, ind("a", "产出指标", "全年网络中断时长累计", "≤30小时/年", null, null), "10小时").expected());
    }

    @Test
    void aRatePerMonthIsNotProRata() {
        EvaluationResult.Indicator i = atMonth(6, ind("a", "产出指标", "设施设备定期巡检", "≥1次/月", null, null), "1次/月");
        assertEquals(dec("1"), i.expected());
        assertNull(i.projectedFullYear());
    }

    @Test
    void stocksRatesAndPerEventLimitsKeepTheFullYearTarget() {
        assertEquals(dec("32"), atMonth(6, ind("a", "产出指标", "物业集中统一管理办公楼数量", "不小于32栋", null, null), "32栋").expected());
        assertEquals(dec("95"), atMonth(6, ind("a", "产出指标", "完好率", "≥95%", null, null), "96%").expected());
        assertEquals(dec("1"), atMonth(6, ind("a", "产出指标", "故障响应时间", "≤1小时", null, null), "0.5小时").expected());
    }

    @Test
    void anIndicatorDeclaredCumulativeIsProRataWhateverItsUnit() {
        assertEquals(dec("200"), atMonth(6, ind("a", "产出指标", "培训资金", "≥400万元", null, true), "200万元").expected());
    }

    @Test
    void anIndicatorDeclaredNotCumulativeKeepsItsTargetEvenInACumulativeUnit() {
        assertEquals(dec("20"), atMonth(6, ind("a", "产出指标", "车辆编制数", "≤20车次", null, false), "18车次").expected());
    }

    @Test
    void aCumulativeRangeIsScaledAtBothEnds() {
        EvaluationResult.Indicator i = atMonth(6, ind("a", "产出指标", "服务场次", "80~100场次", null, null), "45场次");
        assertEquals(Status.ACHIEVED, i.status());
        assertEquals(Light.GREEN, i.light());
    }

    @Test
    void theDeclaredHalfYearWordingIsExpectedAtMonthSix() {
        EvaluationResult.Indicator i = atMonth(6, ind("a", "产出指标", "制度健全性", "健全", "基本健全", null), "基本健全");
        assertEquals(Status.ACHIEVED, i.status());
        assertEquals(Light.GREEN, i.light());
    }

    @Test
    void aFullYearAssessmentIgnoresHalfYearValues() {
        EvaluationResult r = EVALUATOR.evaluate(planned(null, List.of(), List.of(ind("a", "产出指标", "预算执行率", "=100%", "=55%", null))),
                fullYear(null, List.of(act("a", "60%", "原因", null))));
        assertEquals(dec("30"), indicator(r, "a").score());
        assertNull(indicator(r, "a").expected());
        assertNull(indicator(r, "a").light());
        assertNull(r.light());
    }
}
