package jixiao.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings of scoring.md found on published provincial tables (§2.2 claims scaled with their group,
 * §1.6 tier words against numbers, §3 no total from the budget group alone), as the preview answers them.
 */
class PublishedRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode preview(String body) throws Exception {
        var r = ServerHarness.post("/api/v1/evaluations/preview", body);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static String row(String id, String level1, String level3, String target, int points) {
        return "{\"id\":\"" + id + "\",\"level1\":\"" + level1 + "\",\"level3\":\"" + level3 + "\",\"target\":\""
                + target + "\",\"points\":" + points + "}";
    }

    private static String claim(String id, String actual, int claimed) {
        return "{\"id\":\"" + id + "\",\"actual\":\"" + actual + "\",\"claimedScore\":" + claimed + "}";
    }

    private static List<String> types(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("deviations").forEach(d -> out.add(d.get("type").asText()
                + (d.get("indicatorId").isNull() ? "" : ":" + d.get("indicatorId").asText())));
        return out;
    }

    private static JsonNode indicator(JsonNode result, String id) {
        for (JsonNode i : result.get("indicators")) {
            if (id.equals(i.get("id").asText())) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    @Test
    void fullMarksClaimedOnANingxiaFormAreTakenOnTheScaledPoints() throws Exception {
        // Ningxia's form: 产出 40 (4 × 10), 效益 40 (4 × 10), 满意度 20 (2 × 10) against the ministry's 50/30/10:
        // every row claims its full 10; each group is scaled (× 50/40, × 30/40, × 10/20) and so is each claim.
        List<String> rows = new ArrayList<>();
        List<String> claims = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            rows.add(row("p" + k, "产出指标", "产出" + k, "≥1次", 10));
            claims.add(claim("p" + k, "1次", 10));
            rows.add(row("e" + k, "效益指标", "效益" + k, k == 1 ? "效果明显" : "≥95%", 10));
            claims.add(claim("e" + k, k == 1 ? "效果明显" : "96%", 10));
        }
        for (int k = 1; k <= 2; k++) {
            rows.add(row("s" + k, "满意度指标", "满意度" + k, "≥90%", 10));
            claims.add(claim("s" + k, "95%", 10));
        }
        JsonNode result = preview("{\"declaration\":{\"subjectType\":\"PROJECT\",\"scoringTable\":\"mof-project\","
                + "\"indicators\":[" + String.join(",", rows) + "]},\"assessment\":{\"actuals\":["
                + String.join(",", claims) + "]}}");
        assertEquals(List.of("POINTS_ADJUSTED", "POINTS_ADJUSTED", "POINTS_ADJUSTED"), types(result));
        assertEquals(100, result.get("totalScore").asInt());
        JsonNode e1 = indicator(result, "e1");
        assertEquals(7.5, e1.get("points").asDouble());
        assertEquals(7.5, e1.get("score").asDouble());
        assertEquals(10, e1.get("claimedScore").asInt());
        assertEquals("claims: a qualitative claim inside its tier's band is accepted", e1.get("rule").asText());
        assertEquals(12.5, indicator(result, "p1").get("score").asDouble());
    }

    @Test
    void aTierWordAgainstANumberIsScoredByItsTierAndFlagged() throws Exception {
        JsonNode result = preview("{\"declaration\":{\"subjectType\":\"PROJECT\",\"indicators\":["
                + "{\"id\":\"a\",\"level1\":\"产出指标\",\"level3\":\"设备完好率\",\"target\":\"≥95%\"}]},"
                + "\"assessment\":{\"actuals\":[{\"id\":\"a\",\"actual\":\"部分达成\",\"reason\":\"设备老化\"}]}}");
        JsonNode a = indicator(result, "a");
        assertEquals("PARTIAL", a.get("status").asText());
        assertEquals(35, a.get("score").asInt());
        assertEquals("rules/30-qualitative.drl", a.get("ruleFile").asText());
        assertEquals(List.of("ACTUAL_NOT_QUANTIFIED:a", "BELOW_TARGET:a"), types(result));
        JsonNode flag = result.get("deviations").get(0);
        assertEquals("WARNING", flag.get("severity").asText());
        assertTrue(flag.get("gap").isNull());
        assertEquals(70, result.get("totalScore").asInt());
    }

    @Test
    void aFormWhoseRowsMatchNoGroupHasNoTotalButItsBudgetRate() throws Exception {
        JsonNode result = preview("{\"declaration\":{\"subjectType\":\"PROJECT\",\"budget\":200,\"budgetUnit\":\"万元\","
                + "\"indicators\":[{\"id\":\"x\",\"level1\":\"决策指标\",\"level3\":\"目标设定\",\"target\":\"明确\"},"
                + "{\"id\":\"y\",\"level1\":\"过程指标\",\"level3\":\"资金到位率\",\"target\":\"100%\"}]},"
                + "\"assessment\":{\"budgetExecuted\":190,\"actuals\":[{\"id\":\"x\",\"actual\":\"明确\"},"
                + "{\"id\":\"y\",\"actual\":\"100%\"}]}}");
        assertTrue(result.get("totalScore").isNull(), result.toString());
        assertTrue(result.get("grade").isNull());
        assertEquals(95, result.get("budgetExecution").get("rate").asInt());
        assertEquals(9.5, result.get("budgetExecution").get("score").asDouble());
        for (String id : List.of("x", "y")) {
            assertEquals("INVALID", indicator(result, id).get("status").asText());
            assertTrue(indicator(result, id).get("points").isNull());
            assertTrue(indicator(result, id).get("score").isNull());
        }
        assertEquals(List.of("UNKNOWN_GROUP:x", "UNKNOWN_GROUP:y"), types(result));
    }
}
