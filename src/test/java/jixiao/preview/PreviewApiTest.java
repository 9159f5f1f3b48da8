package jixiao.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The preview endpoint and its errors, through the real server. */
class PreviewApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void healthNamesTheRuleset() throws Exception {
        var r = ServerHarness.get("/health");
        assertEquals(200, r.statusCode());
        assertTrue(JSON.readTree(r.body()).get("ruleset").asText().startsWith("sha256:"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{bad|MALFORMED_JSON|/api/v1/evaluations/preview",
            "{}|MISSING_FIELD|declaration",
            "{\"declaration\":{\"subjectType\":\"X\",\"indicators\":[]}}|INVALID_VALUE|declaration.subjectType",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"scoringTable\":\"nope\",\"indicators\":[]}}|UNKNOWN_SCORING_TABLE|declaration.scoringTable",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"indicators\":[{\"id\":\"a\",\"level1\":\"产出\",\"target\":\"≥1\"}]}}|MISSING_FIELD|declaration.indicators[0].level3",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"indicators\":[{\"id\":\"a\",\"level3\":\"x\"},{\"id\":\"a\",\"level3\":\"y\"}]}}|DUPLICATE_ID|declaration.indicators[1].id",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"indicators\":[]},\"assessment\":{\"actuals\":[{\"id\":\"a\"},{\"id\":\"a\"}]}}|DUPLICATE_ID|assessment.actuals[1].id",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"indicators\":\"x\"}}|WRONG_TYPE|declaration.indicators",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"indicators\":[{\"level3\":\"x\",\"points\":\"many\"}]}}|WRONG_TYPE|declaration.indicators[0].points",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"indicators\":[{\"level3\":\"x\",\"target\":{\"op\":\"~~\",\"value\":1}}]}}|INVALID_VALUE|declaration.indicators[0].target.op",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"indicators\":[]},\"assessment\":{\"period\":\"HALF_YEAR\",\"month\":12}}|INVALID_VALUE|assessment.month",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"indicators\":[]},\"assessment\":{\"period\":\"QUARTER\"}}|INVALID_VALUE|assessment.period",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"spendingPlan\":[{\"month\":6,\"percent\":50},{\"month\":6,\"percent\":60}],\"indicators\":[]}}|DUPLICATE_MONTH|declaration.spendingPlan[1].month",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"spendingPlan\":[{\"month\":6,\"percent\":150}],\"indicators\":[]}}|INVALID_VALUE|declaration.spendingPlan[0].percent",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"indicators\":[]},\"assessment\":{\"actuals\":[{\"id\":\"a\",\"completionLikelihood\":\"也许\"}]}}|INVALID_VALUE|assessment.actuals[0].completionLikelihood",
    })
    void rejectsUnusableRequestsNamingTheField(String body, String code, String path) throws Exception {
        var r = ServerHarness.post("/api/v1/evaluations/preview", body);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode error = JSON.readTree(r.body());
        assertEquals(code, error.get("error").asText());
        assertEquals(path, error.get("path").asText());
    }

    @Test
    void unreadableValuesInsideAValidRequestAreDeviationsNotErrors() throws Exception {
        var r = ServerHarness.post("/api/v1/evaluations/preview", "{\"declaration\":{\"subjectType\":\"PROJECT\","
                + "\"indicators\":[{\"id\":\"a\",\"level1\":\"产出\",\"level3\":\"率\",\"target\":\"≥95%\"}]},"
                + "\"assessment\":{\"budgetExecuted\":\"很多\",\"actuals\":[{\"id\":\"a\",\"actual\":\"说不清\"}]}}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("INVALID", JSON.readTree(r.body()).get("indicators").get(0).get("status").asText());
    }

    @Test
    void halfYearMonitoringAnswersWithLightsAndEchoesTheLikelihood() throws Exception {
        var r = ServerHarness.post("/api/v1/evaluations/preview", "{\"declaration\":{\"subjectType\":\"PROJECT\","
                + "\"budget\":400000,\"budgetUnit\":\"元\",\"spendingPlan\":[{\"month\":3,\"percent\":25},{\"month\":6,\"percent\":50}],"
                + "\"indicators\":[{\"id\":\"a\",\"level1\":\"产出指标\",\"level3\":\"检查次数\",\"target\":\"≥20次\"}]},"
                + "\"assessment\":{\"period\":\"HALF_YEAR\",\"budgetExecuted\":\"18万元\",\"actuals\":[{\"id\":\"a\",\"actual\":\"11次\","
                + "\"completionLikelihood\":\"确定能\"}]}}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode result = JSON.readTree(r.body());
        assertEquals("HALF_YEAR", result.get("period").asText());
        assertEquals(6, result.get("month").asInt());
        assertEquals("GREEN", result.get("light").asText());
        JsonNode indicator = result.get("indicators").get(0);
        assertEquals(10, indicator.get("expected").asInt());
        assertEquals(110, indicator.get("progress").asInt());
        assertEquals(22, indicator.get("projectedFullYear").asInt());
        assertEquals("确定能", indicator.get("actual").get("completionLikelihood").asText());
        JsonNode budget = result.get("budgetExecution");
        assertEquals(50, budget.get("expectedPercent").asInt());
        assertEquals(45, budget.get("rate").asInt());
        assertEquals(90, budget.get("progress").asInt());
        assertEquals("GREEN", budget.get("light").asText());
    }

    /**
     * Without a Content-Length (a chunked upload) the limit holds as the body arrives, and the connection
     * carries the next request.
     */
    @Test
    void aChunkedUploadOverTheLimitGets413AsItArrives() throws Exception {
        byte[] big = ("{\"declaration\":{\"name\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}}").getBytes(StandardCharsets.UTF_8);
        HttpClient client = HttpClient.newHttpClient();
        var r = client.send(HttpRequest.newBuilder(URI.create(ServerHarness.SERVER.getURL() + "/api/v1/evaluations/preview"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
        assertEquals("PAYLOAD_TOO_LARGE", JSON.readTree(r.body()).get("error").asText());
        var next = client.send(HttpRequest.newBuilder(URI.create(ServerHarness.SERVER.getURL() + "/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, next.statusCode());
    }

    @Test
    void oversizedBodiesGet413() throws Exception {
        String big = "{\"declaration\":{\"name\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}}";
        var r = ServerHarness.post("/api/v1/evaluations/preview", big);
        assertEquals(413, r.statusCode());
        assertEquals("PAYLOAD_TOO_LARGE", JSON.readTree(r.body()).get("error").asText());
    }
}
