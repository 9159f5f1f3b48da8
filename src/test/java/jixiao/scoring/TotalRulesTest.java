package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void noScoredGroupLeavesTotalAndGradeEmpty() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, List.of(ind("a", "产出指标", "甲", null))),
                fullYear(null, List.of()));
        assertNull(r.totalScore());
        assertNull(r.grade());
    }
}
