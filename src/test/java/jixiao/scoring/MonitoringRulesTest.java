package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/90-monitoring.drl — the subject's light and the deviations lights raise at mid-year (§5). */
class MonitoringRulesTest {

    /** One ≥100% indicator per actual (100% of it is GREEN, 60% YELLOW, 50% RED, 130% BLUE), no budget. */
    private static EvaluationResult rates(String... actuals) {
        List<Inputs.DeclaredIndicator> declared = new ArrayList<>();
        List<Inputs.ReportedActual> reported = new ArrayList<>();
        for (int i = 0; i < actuals.length; i++) {
            declared.add(ind("a" + i, "产出指标", "保障率" + i, "≥100%"));
            reported.add(act("a" + i, actuals[i], "原因", null));
        }
        return EVALUATOR.evaluate(planned(null, List.of(), declared), halfYear(6, null, null, reported));
    }

    @Test
    void theWorstLightWins() {
        assertEquals(Light.RED, rates("100%", "60%", "50%", "130%").light());
        assertEquals(Light.YELLOW, rates("100%", "60%", "130%").light());
        assertEquals(Light.GREEN, rates("100%", "130%").light());
        assertEquals(Light.BLUE, rates("130%", "125%").light());
    }

    @Test
    void spendingCountsTowardsTheSubjectsLight() {
        EvaluationResult r = EVALUATOR.evaluate(planned("100", List.of(), List.of(ind("a", "产出指标", "保障率", "≥100%"))),
                halfYear(6, "10", "集中采购尚未结算", List.of(act("a", "100%"))));
        assertEquals(Light.GREEN, indicator(r, "a").light());
        assertEquals(Light.RED, r.budgetExecution().light());
        assertEquals(Light.RED, r.light());
        assertEquals(List.of("SPENDING_BEHIND_SCHEDULE"), deviationTypes(r));
        assertEquals(Severity.WARNING, r.deviations().get(0).severity());
        assertEquals(dec("-40"), r.deviations().get(0).gap());
        assertEquals(dec("-0.8"), r.deviations().get(0).relativeGap());
    }

    @Test
    void redLagsWithAWarningYellowWithAnInfoBlueSaysTheTargetIsLow() {
        EvaluationResult r = rates("50%", "60%", "130%");
        assertEquals(List.of("LAGGING_PROGRESS:a0", "LAGGING_PROGRESS:a1", "TARGET_TOO_LOW:a2"), deviationTypes(r));
        assertEquals(List.of(Severity.WARNING, Severity.INFO, Severity.INFO), r.deviations().stream().map(EvaluationResult.Deviation::severity).toList());
        assertEquals("rules/90-monitoring.drl", r.deviations().get(0).ruleFile());
    }

    @Test
    void aLaggingIndicatorWithoutAReasonNeedsOne() {
        EvaluationResult r = EVALUATOR.evaluate(planned(null, List.of(), List.of(ind("a", "产出指标", "保障率", "≥100%"),
                        ind("b", "产出指标", "完成率", "≥100%"))),
                halfYear(6, null, null, List.of(act("a", "70%"), act("b", "130%"))));
        assertEquals(List.of("LAGGING_PROGRESS:a", "MISSING_REASON:a", "TARGET_TOO_LOW:b"), deviationTypes(r));
    }

    @Test
    void lateSpendingWithoutAReasonNeedsOne() {
        EvaluationResult r = EVALUATOR.evaluate(planned("100", List.of(), List.of(ind("a", "产出指标", "保障率", "≥100%"))),
                halfYear(6, "35", null, List.of(act("a", "100%"))));
        assertEquals(Light.YELLOW, r.budgetExecution().light());
        assertEquals(List.of("SPENDING_BEHIND_SCHEDULE", "MISSING_REASON"), deviationTypes(r));
        assertEquals(Severity.INFO, r.deviations().get(0).severity());
    }

    @Test
    void missingAndInvalidActualsKeepTheirOwnDeviationOnly() {
        EvaluationResult r = rates("100%", "良好");
        assertEquals(Light.RED, r.light());
        assertEquals(List.of("UNRECOGNIZED_VALUE:a1"), deviationTypes(r));
        EvaluationResult missing = EVALUATOR.evaluate(planned(null, List.of(), List.of(ind("a", "产出指标", "保障率", "≥100%"))),
                halfYear(6, null, null, List.of()));
        assertEquals(List.of("MISSING_ACTUAL:a"), deviationTypes(missing));
    }

    @Test
    void yearEndDeviationsAreNotRaisedAtMidYear() {
        EvaluationResult r = EVALUATOR.evaluate(planned("100", List.of(), List.of(ind("a", "产出指标", "保障率", "≥100%"))),
                halfYear(6, "55", null, List.of(act("a", "90%", null, null))));
        assertEquals(Light.GREEN, r.light());
        assertEquals(List.of(), deviationTypes(r));
        assertEquals(dec("45"), indicator(r, "a").score());
        assertEquals(Status.PARTIAL, indicator(r, "a").status());
    }

    @Test
    void aLightDoesNotRaiseAYearEndDeviationTwice() {
        EvaluationResult r = EVALUATOR.evaluate(planned(null, List.of(), List.of(ind("a", "产出指标", "完好率", "大于95%"))),
                halfYear(6, null, null, List.of(act("a", "95%"))));
        assertEquals(List.of("STRICT_BOUNDARY:a"), deviationTypes(r));
    }

    @Test
    void everyScoredIndicatorOfEveryKindIsLit() {
        EvaluationResult r = EVALUATOR.evaluate(planned("100", List.of(at(3, "25")), List.of(
                        ind("ge", "产出指标", "保障率", "≥95%"), ind("le", "成本指标", "成本", "≤50万元"),
                        ind("rg", "产出指标", "占比", "80%~90%"), ind("eq", "效益指标", "“三公”经费变动率", "=0%"),
                        ind("q", "效益指标", "制度健全性", "健全"), ind("m", "效益指标", "完成率", "≥90%"),
                        ind("x", "满意度指标", "满意度", "≥90%"), ind("g", "别的指标", "别的", "≥1次"),
                        ind("na", "成本指标", "社会成本", null))),
                halfYear(5, "40", "原因", List.of(act("ge", "96%"), act("le", "30万元"), act("rg", "85%"),
                        act("eq", "-1%"), act("q", "基本健全", "原因", null), act("x", "很满意"), act("g", "1次"))));
        assertEquals(List.of(Light.GREEN, Light.GREEN, Light.GREEN, Light.GREEN, Light.YELLOW, Light.RED, Light.RED, Light.RED),
                r.indicators().stream().filter(i -> i.status() != Status.NOT_APPLICABLE).map(EvaluationResult.Indicator::light).toList());
        assertNull(indicator(r, "na").light());
        assertEquals(Light.GREEN, r.budgetExecution().light());
        assertEquals(Light.RED, r.light());
    }

    @Test
    void nothingToLightLeavesTheSubjectUnlit() {
        EvaluationResult r = EVALUATOR.evaluate(planned(null, List.of(), List.of(ind("a", "产出指标", "保障率", null))),
                halfYear(6, null, null, List.of()));
        assertNull(r.light());
    }
}
