package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

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
        assertEquals("ACHIEVED", indicator(r, "a").status());
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
}
