package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/30-qualitative.drl — one indicator worth 50 points in 产出. */
class QualitativeRulesTest {

    private static EvaluationResult.Indicator score(String target, String actual) {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, List.of(ind("a", "产出指标", "定性", target))),
                fullYear(null, List.of(act("a", actual, "原因", null))));
        return indicator(r, "a");
    }

    @ParameterizedTest(name = "target {0}, actual {1} → {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "合规|完全合规|ACHIEVED|50",
            "合规|基本合规|PARTIAL|35",
            "合规|不合规|UNMET|15",
            "基本相符|相符|ACHIEVED|50",
            "基本相符|不相符|UNMET|15",
            "效果显著|效果明显|PARTIAL|35",
            "效果明显|明显|ACHIEVED|50",
            "明显|较明显|PARTIAL|35",
            "明显|一般|UNMET|15",
            "明显提升|提升|PARTIAL|35",
            "明显提升|显著提升|ACHIEVED|50",
            "健全|健全|ACHIEVED|50",
            "健全|基本健全|PARTIAL|35",
            "健全|不健全|UNMET|15",
            "完成|未完成|UNMET|15",
            "完成|已完成|ACHIEVED|50",
            "落实到位|部分落实到位|PARTIAL|35",
            "完全符合|符合|ACHIEVED|50",
            "大修保养不影响生态环境|大修保养不影响生态环境|ACHIEVED|50",
            "不影响生态环境|影响生态环境|UNMET|15",
            "按时拨付|部分达成|PARTIAL|35",
            "按时拨付|达成年度指标|ACHIEVED|50",
            "按时拨付|未达成年度指标且效果较差|UNMET|15",
    })
    void tiersFromScalesStemsAndTierWords(String target, String actual, Status status, String score) {
        EvaluationResult.Indicator i = score(target, actual);
        assertEquals(status, i.status());
        assertEquals(dec(score), i.score());
    }

    @Test
    void anActualNoScaleRecognisesIsInvalid() {
        EvaluationResult.Indicator i = score("及时", "资金已全部拨付到位");
        assertEquals(Status.INVALID, i.status());
        assertEquals(dec("0"), i.score());
    }

    @Test
    void explanationNamesTheTierAndTheFormula() {
        EvaluationResult.Indicator i = score("合规", "基本合规");
        assertEquals("qualitative: below the target on its scale", i.rule());
        assertEquals("rules/30-qualitative.drl", i.ruleFile());
        assertEquals("实际“基本合规”比目标“合规”低 1 档，部分达成年度指标并具有一定效果，得分 = 50 × 0.7 = 35 分", i.explanation());
    }

    @ParameterizedTest(name = "yes/no: target {0}, actual {1} → {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "是|是|ACHIEVED|50|qualitative: at or above the target on its scale",
            "是|否|UNMET|15|qualitative: a negated actual on the target's scale is unmet",
            "否|否|ACHIEVED|50|qualitative: a negated target on its scale kept",
            "否|是|UNMET|15|qualitative: a negated target on its scale broken",
    })
    void yesIsAboveNoAndNoIsANegation(String target, String actual, Status status, String score, String rule) {
        EvaluationResult.Indicator i = score(target, actual);
        assertEquals(status, i.status());
        assertEquals(dec(score), i.score());
        assertEquals(rule, i.rule());
    }

    @Test
    void noAgainstAYesTargetIsAShortfallNotAnUnreadableValue() {
        EvaluationResult r = EVALUATOR.evaluate(project("mof-project", null, List.of(ind("a", "产出指标", "是否按时完成", "是"))),
                fullYear(null, List.of(act("a", "否"))));
        assertEquals(List.of("QUALITATIVE_SHORTFALL:a", "MISSING_REASON:a"), deviationTypes(r));
    }

    @ParameterizedTest(name = "target {0}, actual {1} → {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "≥95%|达成|ACHIEVED|50",
            "≥95%|达成年度指标|ACHIEVED|50",
            "≥95%|部分达成|PARTIAL|35",
            "≥95%|未达成|UNMET|15",
            "≤30小时|部分达成年度指标并具有一定效果|PARTIAL|35",
            "80%-90%|未达成年度指标且效果较差|UNMET|15",
    })
    void aCompletionTierAgainstANumericTargetScoresItsTiersDefault(String target, String actual, Status status,
                                                                   String score) {
        EvaluationResult.Indicator i = score(target, actual);
        assertEquals(status, i.status());
        assertEquals(dec(score), i.score());
        assertEquals(dec("50"), i.points());
    }

    @Test
    void aCompletionTierAgainstANumericTargetExplainsItself() {
        EvaluationResult.Indicator i = score("≥95%", "部分达成");
        assertEquals("qualitative: a completion tier against a numeric target", i.rule());
        assertEquals("rules/30-qualitative.drl", i.ruleFile());
        assertEquals("目标值 ≥95% 为数值，实际完成值仅填报“部分达成”，未给出数值，按完成档次计，部分达成年度指标并具有一定效果，"
                + "得分 = 50 × 0.7 = 35 分", i.explanation());
    }
}
