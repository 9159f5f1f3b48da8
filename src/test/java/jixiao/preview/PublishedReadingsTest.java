package jixiao.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The value readings spec §1.1–§1.6 took from real published tables, end to end: one indicator of
 * the 产出 group of mof-project (so it holds all 50 points) sent to the preview endpoint, its status,
 * score and deviations checked.
 */
class PublishedReadingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The one indicator's result and the types of the deviations raised on it. */
    private record Outcome(JsonNode indicator, List<String> deviations, JsonNode result) {
        String status() {
            return indicator.get("status").asText();
        }

        String score() {
            JsonNode s = indicator.get("score");
            return s == null || s.isNull() ? "null" : s.decimalValue().stripTrailingZeros().toPlainString();
        }
    }

    private static Outcome preview(String level1, String level2, String level3, String target, String unit,
                                   String actual) throws Exception {
        ObjectNode indicator = JSON.createObjectNode().put("id", "a").put("level1", level1).put("level2", level2)
                .put("level3", level3).put("target", target);
        if (unit != null) {
            indicator.put("unit", unit);
        }
        ObjectNode body = JSON.createObjectNode();
        body.putObject("declaration").put("subjectType", "PROJECT").set("indicators",
                JSON.createArrayNode().add(indicator));
        ArrayNode actuals = body.putObject("assessment").putArray("actuals");
        actuals.addObject().put("id", "a").put("actual", actual);
        return send(body);
    }

    private static Outcome output(String level3, String target, String actual) throws Exception {
        return preview("产出指标", "数量指标", level3, target, null, actual);
    }

    private static Outcome send(ObjectNode body) throws Exception {
        var r = ServerHarness.post("/api/v1/evaluations/preview", JSON.writeValueAsString(body));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode result = JSON.readTree(r.body());
        List<String> deviations = new ArrayList<>();
        result.get("deviations").forEach(d -> {
            if ("a".equals(d.path("indicatorId").asText())) {
                deviations.add(d.get("type").asText());
            }
        });
        return new Outcome(result.get("indicators").get(0), deviations, result);
    }

    private static void assertOutcome(Outcome o, String status, String score) {
        assertEquals(status, o.status(), o.indicator().toString());
        assertEquals(new BigDecimal(score).stripTrailingZeros().toPlainString(), o.score(), o.indicator().toString());
    }

    // §1.1 small-form variants and comparator glyphs.

    @ParameterizedTest(name = "{0} against {1} → {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "═100|100|ACHIEVED|50", "﹦72890|72890|ACHIEVED|50", "⩾95%|90%|PARTIAL|47.37", "≧95%|95﹪|ACHIEVED|50",
            "﹥﹦20次|10次|PARTIAL|25",
    })
    void scoresTargetsWrittenWithVariantGlyphs(String target, String actual, String status, String score)
            throws Exception {
        Outcome o = output("完成数量", target, actual);
        assertOutcome(o, status, score);
        assertEquals("QUANTITY", o.indicator().get("target").get("kind").asText());
    }

    // §1.1 thousands separators.

    @Test
    void readsThousandsSeparatorsInTargetsActualsAndAmounts() throws Exception {
        assertOutcome(output("培训人数", "≥1,200人", "1,100人"), "PARTIAL", "45.83");
        assertOutcome(output("项目资金", "≥12,000,000元", "12,000,000元"), "ACHIEVED", "50");

        ObjectNode body = (ObjectNode) JSON.readTree("{\"declaration\":{\"subjectType\":\"PROJECT\","
                + "\"budget\":\"430,000\",\"budgetUnit\":\"元\",\"indicators\":[{\"id\":\"a\",\"level1\":\"产出指标\","
                + "\"level3\":\"完成数量\",\"target\":\"≥1\"}]},\"assessment\":{\"budgetExecuted\":\"215,457.6\","
                + "\"actuals\":[{\"id\":\"a\",\"actual\":\"1\"}]}}");
        JsonNode budget = send(body).result().get("budgetExecution");
        assertEquals(0, new BigDecimal("50.11").compareTo(budget.get("rate").decimalValue()), budget.toString());
    }

    // §1.4 a multiplier before the longer unit.

    /** 万人次 is 10 000 人次 on either side, not 万人 (another unit) and a 次 left over. */
    @ParameterizedTest(name = "{0} against {1} → {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "≥10000人次|1.2万人次|ACHIEVED|50", "≥1万人次|12000人次|ACHIEVED|50", "≥1万人次|8000人次|PARTIAL|40",
            "≥2万人次|1.2万人次|PARTIAL|30", "≥2万人|12000人|PARTIAL|30",
    })
    void readsTenThousandPersonTimesAsOneUnit(String target, String actual, String status, String score)
            throws Exception {
        Outcome o = output("培训人次", target, actual);
        assertOutcome(o, status, score);
        assertTrue(!o.deviations().contains("UNIT_MISMATCH"), o.deviations().toString());
    }

    // §1.2 completion tiers against a qualitative target.

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "已完成|ACHIEVED|50", "全部完成|ACHIEVED|50", "如期完成|ACHIEVED|50", "达到|ACHIEVED|50",
            "基本完成|PARTIAL|35", "部分完成|PARTIAL|35", "基本达到|PARTIAL|35",
            "未完成|UNMET|15", "未达到|UNMET|15",
    })
    void scoresCompletionTierWordsByTheirTier(String actual, String status, String score) throws Exception {
        Outcome o = output("宣传方案编制", "按时完成", actual);
        assertOutcome(o, status, score);
        assertEquals("TIER", o.indicator().get("actual").get("kind").asText());
    }

    @Test
    void readsReachingANumberAsAComparatorNotATier() throws Exception {
        Outcome o = output("资金到位率", "≥95%", "达到95%");
        assertOutcome(o, "ACHIEVED", "50");
        assertEquals("NUMBER", o.indicator().get("actual").get("kind").asText());
    }

    // §1.2 words, then a number.

    @Test
    void scoresTheFirstNumberAfterWords() throws Exception {
        Outcome training = output("培训人次", "全年累计培训320人次", "300人次");
        assertOutcome(training, "PARTIAL", "46.88");
        assertEquals(">=", training.indicator().get("target").get("op").asText());
        assertEquals("人次", training.indicator().get("target").get("unit").asText());

        assertOutcome(output("宣传品制作", "完成2部宣传片", "完成1部宣传片,2套方案"), "PARTIAL", "25");
        assertOutcome(output("培训人次", "320人次", "全年累计培训320人次"), "ACHIEVED", "50");
    }

    // §1.3 deadline suffixes.

    @ParameterizedTest(name = "9月前 against {0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {"8月|ACHIEVED|50", "9月底|ACHIEVED|50", "2026年9月|ACHIEVED|50",
            "10月|PARTIAL|45"})
    void scoresADeadlineByTheMonthReached(String actual, String status, String score) throws Exception {
        Outcome o = output("方案完成时间", "9月前", actual);
        assertOutcome(o, status, score);
        assertEquals("<=", o.indicator().get("target").get("op").asText());
        assertEquals("月", o.indicator().get("target").get("unit").asText());
    }

    @Test
    void scoresAnEndOfMonthDeadline() throws Exception {
        assertOutcome(output("验收完成时间", "11月底前", "11月"), "ACHIEVED", "50");
    }

    /** 底之前 and 底以前 are deadlines as 底前 is: finishing after the month is late, not "at least November". */
    @ParameterizedTest(name = "{0} against {1} → {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "11月底之前|11月|ACHIEVED|50", "11月底之前|10月底|ACHIEVED|50", "11月底之前|12月|PARTIAL|45.83",
            "11月底以前|11月|ACHIEVED|50", "11月底以前|12月|PARTIAL|45.83",
    })
    void scoresAnEndOfMonthDeadlineWrittenWithAnyDeadlineWord(String deadline, String actual, String status,
                                                             String score) throws Exception {
        Outcome o = output("验收完成时间", deadline, actual);
        assertOutcome(o, status, score);
        assertEquals("<=", o.indicator().get("target").get("op").asText(), deadline);
        assertEquals("月", o.indicator().get("target").get("unit").asText(), deadline);
    }

    /** A deadline with its day: the day is not read, and finishing early meets it (not "at least June"). */
    @ParameterizedTest(name = "6月30日前 (2026.6.30前, 2026/06/30之前) against {0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {"5月|ACHIEVED|50", "6月28日|ACHIEVED|50", "8月|PARTIAL|37.5",
            "2026.06.15|ACHIEVED|50", "2026-8-1|PARTIAL|37.5"})
    void scoresADeadlineWithItsDayByTheMonth(String actual, String status, String score) throws Exception {
        for (String deadline : List.of("6月30日前", "2026.6.30前", "2026/06/30之前")) {
            Outcome o = output("方案完成时间", deadline, actual);
            assertOutcome(o, status, score);
            assertEquals("<=", o.indicator().get("target").get("op").asText(), deadline);
        }
    }

    // §1.6 approximation words and comparators in actuals.

    @ParameterizedTest(name = "≥200人 against {0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {"200余人|ACHIEVED|50", "200多人|ACHIEVED|50", "约180人|PARTIAL|45",
            "180人左右|PARTIAL|45"})
    void dropsApproximationWordsOfAnActual(String actual, String status, String score) throws Exception {
        assertOutcome(output("培训人数", "≥200人", actual), status, score);
    }

    /** §1.6: the number and the unit after approximation words are read, 万 included (not 3 人 in the target's unit). */
    @ParameterizedTest(name = "{0} against {1} → {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "≥30000人|3万余人|ACHIEVED|50|30000人", "≥30000人|3万多人|ACHIEVED|50|30000人",
            "≥40000人|3万多人|PARTIAL|37.5|30000人", "≥10000人次|1.2万余人次|ACHIEVED|50|12000人次",
            "≥20000人次|1.2万余人次|PARTIAL|30|12000人次",
    })
    void readsTheMultiplierBeforeApproximationWordsOfAnActual(String target, String actual, String status, String score,
                                                              String measured) throws Exception {
        Outcome o = output("培训人数", target, actual);
        assertOutcome(o, status, score);
        String explanation = o.indicator().get("explanation").asText();
        assertTrue(explanation.startsWith("实际值 " + measured + " "), explanation);
    }

    @Test
    void leavesNearlyANumberUnrecognised() throws Exception {
        Outcome o = output("培训人数", "≥200人", "近200人");
        assertOutcome(o, "INVALID", "0");
        assertTrue(o.deviations().contains("UNRECOGNIZED_VALUE"), o.deviations().toString());
    }

    /** §1.6: 零 + noun is 0 against any numeric target, as 无事故 is; no unit of its own to mismatch. */
    @ParameterizedTest(name = "{0} against {1} → {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "≤2%|零事故|ACHIEVED|50", "≤2%|无事故|ACHIEVED|50", "≤2次|零事故|ACHIEVED|50", "≤2|零事故|ACHIEVED|50",
            "≤0%|零事故|ACHIEVED|50", "≤0次|零事故|ACHIEVED|50",
    })
    void readsZeroAndANounAsZeroInTheTargetsUnit(String target, String actual, String status, String score)
            throws Exception {
        Outcome o = output("安全事故发生率", target, actual);
        assertOutcome(o, status, score);
        assertTrue(o.deviations().isEmpty(), o.deviations().toString());
    }

    @Test
    void readsAnActualWithAComparatorAsItsNumber() throws Exception {
        assertOutcome(output("绿道长度", "≥250米", "≥266米"), "ACHIEVED", "50");
        assertOutcome(output("绿道长度", "≥0.5公里", "600米"), "ACHIEVED", "50");
        assertOutcome(output("资金到位率", "≥98%", "不低于95%"), "PARTIAL", "48.47");
    }

    /** §1.6: the comparator an actual was written with is shown in the explanation, not scored. */
    @Test
    void showsTheComparatorOfAnActualInTheExplanation() throws Exception {
        String shortfall = output("资金到位率", "≥98%", "不低于95%").indicator().get("explanation").asText();
        assertTrue(shortfall.startsWith("实际值 95%（填报为“不低于95%”，比较符不计分） 未达到目标值 ≥98%"), shortfall);
        String met = output("绿道长度", "≥250米", "≥266米").indicator().get("explanation").asText();
        assertTrue(met.startsWith("实际值 266米（填报为“≥266米”，比较符不计分） ≥ 目标值 250米"), met);
        String plain = output("绿道长度", "≥250米", "266米").indicator().get("explanation").asText();
        assertTrue(plain.startsWith("实际值 266米 ≥ 目标值 250米"), plain);
    }

    // §1.5 / §3 the cost dimension and a leading 项目 in level1.

    @Test
    void infersACeilingForCostLevelsAndMatchesLevel1WithALeadingProject() throws Exception {
        Outcome cost = preview("项目成本指标", "经济成本指标", "项目预算成本", "560", "万元", "600万元");
        assertOutcome(cost, "PARTIAL", "46.67");
        assertEquals("<=", cost.indicator().get("target").get("op").asText());
        assertTrue(cost.indicator().get("target").get("inferred").asBoolean());

        Outcome points = preview("产出指标", "成本指标(10分)", "单位培训成本", "200", "元", "250元");
        assertOutcome(points, "PARTIAL", "40");

        Outcome output = preview("项目产出", "数量指标", "培训人数", "≥200人", null, "200人");
        assertOutcome(output, "ACHIEVED", "50");
        assertEquals("产出", output.indicator().get("group").asText());
    }

    // Bounds: numbers no form states are unusable values, not errors and not slow.

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource(delimiter = '|', value = {
            "≥95%|≥1e999999%", "≥95%|1234567890123456%", "≥95%|1e5", "≥1e999999%|95%", "≥12345678901234567890|5",
            "≥1e999999%|达成", "≥1e999999%|完成", "健全|1e999999",
    })
    void answersNumbersBeyondTheBoundsAsUnrecognised(String target, String actual) throws Exception {
        Outcome o = output("资金到位率", target, actual);
        assertOutcome(o, "INVALID", "0");
        assertTrue(o.deviations().contains("UNRECOGNIZED_VALUE"), o.deviations().toString());
    }

    // §1.1 what empty means.

    @ParameterizedTest(name = "target [{0}]")
    @CsvSource(delimiter = '|', value = {"/", "—", "-", "／", "' '"})
    void readsAnEmptyTargetAsNotApplicable(String target) throws Exception {
        Outcome o = output("培训人数", target, "200人");
        assertEquals("NOT_APPLICABLE", o.status());
        assertEquals("null", o.score());
    }

    @ParameterizedTest(name = "actual [{0}]")
    @CsvSource(delimiter = '|', value = {"/", "—", "-", "﹣", "' '"})
    void readsAnEmptyActualAsMissing(String actual) throws Exception {
        assertOutcome(output("培训人数", "≥200人", actual), "MISSING", "0");
    }
}
