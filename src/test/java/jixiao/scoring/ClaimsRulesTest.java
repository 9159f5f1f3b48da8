package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
