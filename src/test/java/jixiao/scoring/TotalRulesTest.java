package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/60-total.drl */
class TotalRulesTest {

    private static EvaluationResult total(String actual) {
        // 产出 50 (one ≥100 indicator) + 满意度 10 (achieved): total = (50 × B/100 + 10) × 100 / 60.
        return EVALUATOR.evaluate(project("mof-project", null, List.of(ind("a", "产出指标", "完成数", "≥100次"),
                        ind("s", "满意度指标", "服务对象满意度", "≥90%"))),
                fullYear(null, List.of(act("a", actual, "原因", null), act("s", "95%"))));
    }

    @Test
    void totalIsRescaledOverTheGroupsThatRemainAndGraded() {
        EvaluationResult r = total("88次");
        assertEquals(dec("90"), r.totalScore());
        assertEquals("优", r.grade());
        assertEquals("良", total("87.9次").grade());
        assertEquals(dec("89.92"), total("87.9次").totalScore());
        assertEquals("中", total("60次").grade());
        assertEquals("差", total("50次").grade());
    }

    @Test
    void aGroupSumsItsScoresAsTheyStandAClaimedOneAsWeighed() {
        // 产出 50: 基本合规 against 合规 is partly achieved (35 by default), its claim of 38 inside the band is
        // accepted; 满意度 10: achieved, nothing claimed. Total = (38 + 10) × 100 / 60 = 80.
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, List.of(ind("a", "产出指标", "指标", "合规"),
                        ind("s", "满意度指标", "服务对象满意度", "≥90%"))),
                fullYear(null, List.of(act("a", "基本合规", "原因", "38"), act("s", "95%"))));
        assertEquals(dec("38"), group(r, "产出").score());
        assertEquals(dec("10"), group(r, "满意度").score());
        assertEquals(dec("80"), r.totalScore());
    }

    private static EvaluationResult.Group group(EvaluationResult r, String name) {
        return r.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void noScoredGroupLeavesTotalAndGradeEmpty() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, List.of(ind("a", "产出指标", "甲", null))),
                fullYear(null, List.of()));
        assertNull(r.totalScore());
        assertNull(r.grade());
    }

    @Test
    void theGradeIsTestedOnTheTotalShown() {
        // (50 × 87.994 ÷ 100 + 10) × 100 ÷ 60 = 89.995 → shown 90.00 → 优; 87.9928 → 89.994 → 89.99 → 良
        assertEquals(dec("90"), total("87.994次").totalScore());
        assertEquals("优", total("87.994次").grade());
        assertEquals(dec("89.99"), total("87.9928次").totalScore());
        assertEquals("良", total("87.9928次").grade());
    }

    @Test
    void theBudgetGroupAloneGivesNoTotal() {
        // every row of a group the table does not know: only 预算执行率 remains, which assesses no target
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", "100", List.of(
                        ind("x", "决策指标", "计划", "健全"), ind("y", "其他指标", "次数", "≥1次"))),
                fullYear("95", List.of(act("x", "健全"), act("y", "1次"))));
        assertNull(r.totalScore());
        assertNull(r.grade());
        assertNotNull(r.budgetExecution());
        assertEquals(dec("95"), r.budgetExecution().rate());
        assertEquals(dec("9.5"), r.budgetExecution().score());
        assertEquals(List.of("UNKNOWN_GROUP:x", "UNKNOWN_GROUP:y"), deviationTypes(r));
        assertEquals("没有可计分的指标分组（仅有预算执行率不构成对绩效目标的评价），不计算总分和等级", r.explanation());
    }

    @Test
    void rowsWithoutTargetsLeaveOnlyTheBudgetGroupAndNoTotal() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", "100", List.of(ind("a", "产出指标", "甲", null))),
                fullYear("100", List.of()));
        assertNull(r.totalScore());
        assertNull(r.grade());
        assertEquals(dec("10"), r.budgetExecution().score());
    }
}
