package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/35-unscorable.drl: missing and invalid indicators keep their points and score 0. */
class UnscorableRulesTest {

    @Test
    void missingAndInvalidKeepTheirPointsAndScoreZero() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, List.of(ind("a", "产出指标", "甲", "≥1次"),
                        ind("b", "产出指标", "乙", "≥1次"))),
                fullYear(null, List.of(act("b", "说不清"))));
        assertEquals(dec("25"), indicator(r, "a").points());
        assertEquals(dec("0"), indicator(r, "a").score());
        assertEquals(dec("0"), indicator(r, "b").score());
        assertEquals(dec("0"), r.totalScore());
        assertEquals("差", r.grade());
    }
}
