package jixiao.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every number a client sends is bounded before any arithmetic (api.md, Errors): out of range is a 400
 * naming the field, answered at once — {@code 1e999999} once cost 17.8 s, {@code 1e-999999} 4.4 s.
 */
class BoundsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Far above a normal answer here (milliseconds), far below what unbounded numbers cost. */
    private static final long AT_MOST_MS = 2_000;

    private static final String BASE = "{\"declaration\":{\"subjectType\":\"PROJECT\",\"budget\":560,\"budgetUnit\":\"万元\","
            + "\"indicators\":[{\"id\":\"a\",\"level1\":\"产出指标\",\"level3\":\"率\",\"target\":\"≥95%\"}]},"
            + "\"assessment\":{\"budgetExecuted\":540,\"actuals\":[{\"id\":\"a\",\"actual\":\"96%\"}]}}";

    /** The base request with the field at {@code path} (dots and [i]) set to the raw JSON {@code value}. */
    static String with(String path, String value) {
        String marker = "\"@@\"";
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(BASE);
            String[] parts = path.split("\\.");
            JsonNode node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                node = step(node, parts[i]);
            }
            String last = parts[parts.length - 1];
            ((ObjectNode) node).put(last, "@@");
            return root.toString().replace(marker, value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode step(JsonNode node, String part) {
        int bracket = part.indexOf('[');
        if (bracket < 0) {
            return node.get(part);
        }
        return node.get(part.substring(0, bracket)).get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "declaration.budget|1e999999|INVALID_VALUE|",
            "declaration.budget|1e16|INVALID_VALUE|",
            "declaration.budget|-1000000000000001|INVALID_VALUE|",
            "declaration.budget|\"1e999999\"|INVALID_VALUE|",
            "declaration.budget|\"99999999999999999999元\"|INVALID_VALUE|",
            "assessment.budgetExecuted|1e-999999|INVALID_VALUE|",
            "assessment.budgetExecuted|\"1e-999999\"|INVALID_VALUE|",
            "assessment.budgetExecuted|\"1e99999999999\"|INVALID_VALUE|",
            "assessment.budgetAdjusted|1e999999|INVALID_VALUE|",
            "declaration.indicators[0].points|1e400|INVALID_VALUE|",
            "declaration.indicators[0].points|101|INVALID_VALUE|",
            "declaration.indicators[0].points|-1|INVALID_VALUE|",
            "declaration.indicators[0].points|\"1e999999\"|INVALID_VALUE|",
            "declaration.indicators[0].points|1" + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                    + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000|LIMIT_EXCEEDED|",
            "assessment.actuals[0].claimedScore|100.01|INVALID_VALUE|",
            "assessment.actuals[0].claimedScore|1e-999999|INVALID_VALUE|",
            "declaration.indicators[0].target|1e999999|INVALID_VALUE|",
            "declaration.indicators[0].target|{\"op\":\">=\",\"value\":1e16}|INVALID_VALUE|declaration.indicators[0].target.value",
            "declaration.indicators[0].target|{\"op\":\"BETWEEN\",\"low\":-1e999999,\"high\":1}|INVALID_VALUE|declaration.indicators[0].target.low",
            "declaration.indicators[0].target|{\"op\":\"BETWEEN\",\"low\":0,\"high\":1e-999999}|INVALID_VALUE|declaration.indicators[0].target.high",
            "declaration.indicators[0].halfYearTarget|1e999999|INVALID_VALUE|",
            "assessment.actuals[0].actual|1e999999|INVALID_VALUE|",
            "declaration.spendingPlan|[{\"month\":6,\"percent\":1e999999}]|INVALID_VALUE|declaration.spendingPlan[0].percent",
            "assessment.month|1e999999|INVALID_VALUE|",
            "assessment.month|1.5|WRONG_TYPE|",
            "declaration.year|1999|INVALID_VALUE|",
            "declaration.year|2101|INVALID_VALUE|",
            "declaration.unit|1e999999|INVALID_VALUE|",
            "declaration.notAField|1e999999|INVALID_VALUE|",
            "declaration.notAField|[1e-999999]|INVALID_VALUE|declaration.notAField[0]",
            "declaration.indicators[0].points|1, \"points\": 2|DUPLICATE_KEY|",
    })
    void outOfRangeNumbersAreRefusedAtOnceNamingTheField(String field, String value, String code, String path)
            throws Exception {
        long start = System.nanoTime();
        var r = ServerHarness.post("/api/v1/evaluations/preview", with(field, value));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(400, r.statusCode(), r.body());
        JsonNode error = JSON.readTree(r.body());
        assertEquals(code, error.get("error").asText(), r.body());
        assertEquals(nz(path).isEmpty() ? field : path, error.get("path").asText(), r.body());
        assertTrue(ms < AT_MOST_MS, field + " = " + value + " took " + ms + " ms");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "declaration.budget|1000000000000000",
            "declaration.budget|-1e15",
            "declaration.budget|\"5,600,000元\"",
            "declaration.indicators[0].points|100",
            "declaration.indicators[0].points|0",
            "assessment.actuals[0].claimedScore|0",
            "assessment.budgetAdjusted|0.000001",
            "assessment.budgetExecuted|\"1e5\"",
            "assessment.budgetAdjusted|0e999999",
    })
    void numbersInRangeAreScored(String field, String value) throws Exception {
        var r = ServerHarness.post("/api/v1/evaluations/preview", with(field, value));
        assertEquals(200, r.statusCode(), r.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"budgetExecuted", "budget"})
    void aTenThousandDigitAmountAsTextIsRefusedAtOnce(String field) throws Exception {
        String digits = "9".repeat(10_000);
        String body = with(field.equals("budget") ? "declaration.budget" : "assessment.budgetExecuted", "\"" + digits + "\"");
        long start = System.nanoTime();
        var r = ServerHarness.post("/api/v1/evaluations/preview", body);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("INVALID_VALUE", JSON.readTree(r.body()).get("error").asText());
        assertTrue((System.nanoTime() - start) / 1_000_000 < AT_MOST_MS);
    }

    @ParameterizedTest(name = "nesting {0}")
    @ValueSource(ints = {33, 5_000})
    void deeplyNestedDocumentsAreRefused(int depth) throws Exception {
        String body = "{\"declaration\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
        var r = ServerHarness.post("/api/v1/evaluations/preview", body);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("LIMIT_EXCEEDED", JSON.readTree(r.body()).get("error").asText());
    }

    @org.junit.jupiter.api.Test
    void atMost500IndicatorsInOneDeclaration() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"id\":\"r").append(i).append("\",\"level1\":\"产出指标\",\"level3\":\"指标")
                    .append(i).append("\",\"target\":\"≥1\"}");
        }
        var r = ServerHarness.post("/api/v1/evaluations/preview",
                "{\"declaration\":{\"subjectType\":\"PROJECT\",\"indicators\":[" + rows + "]}}");
        assertEquals(400, r.statusCode(), r.body());
        JsonNode error = JSON.readTree(r.body());
        assertEquals("TOO_MANY_INDICATORS", error.get("error").asText());
        assertEquals("declaration.indicators", error.get("path").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "level3|declaration.indicators[0].level3|5001",
            "target|declaration.indicators[0].target|2001",
            "reason|assessment.actuals[0].reason|20001",
            "id|declaration.indicators[0].id|1001",
    })
    void textFieldsAreBounded(String field, String path, int length) throws Exception {
        String body = with(path, "\"" + "字".repeat(length) + "\"");
        var r = ServerHarness.post("/api/v1/evaluations/preview", body);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode error = JSON.readTree(r.body());
        assertEquals("INVALID_VALUE", error.get("error").asText());
        assertEquals(path, error.get("path").asText());
    }

    /** Printed forms keep blank rows such as {@code 指标1 / / /} (scoring.md §1.1): never a 400. */
    @ParameterizedTest(name = "target {0}")
    @ValueSource(strings = {"null", "\"\"", "\" \"", "\"/\"", "\"—\"", "\"-\"", "\"／\""})
    void aRowWithAnEmptyTargetNeedsNoLevel3(String target) throws Exception {
        var r = ServerHarness.post("/api/v1/evaluations/preview", "{\"declaration\":{\"subjectType\":\"PROJECT\","
                + "\"indicators\":[{\"id\":\"a\",\"level1\":\"产出指标\",\"level3\":\"率\",\"target\":\"≥95%\"},"
                + "{\"id\":\"b\",\"level1\":\"产出指标\",\"level2\":\"指标1\",\"target\":" + target + "},"
                + "{\"id\":\"c\",\"level1\":\"指标1\",\"target\":" + target + "}]},"
                + "\"assessment\":{\"actuals\":[{\"id\":\"a\",\"actual\":\"96%\"}]}}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode result = JSON.readTree(r.body());
        for (JsonNode ind : result.get("indicators")) {
            if (!ind.get("id").asText().equals("a")) {  // b under a known group, c under none: both not applicable
                assertEquals("NOT_APPLICABLE", ind.get("status").asText(), ind.toString());
            }
        }
        assertEquals(0, result.get("deviations").size(), result.get("deviations").toString());
        assertEquals(100, result.get("totalScore").asInt());
    }
}
