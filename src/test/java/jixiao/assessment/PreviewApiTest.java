package jixiao.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
            "{bad|MALFORMED_JSON|''",
            "{}|MISSING_FIELD|declaration",
            "{\"declaration\":{\"subjectType\":\"X\",\"indicators\":[]}}|INVALID_VALUE|declaration.subjectType",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"scoringTable\":\"nope\",\"indicators\":[]}}|UNKNOWN_SCORING_TABLE|declaration.scoringTable",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"indicators\":[{\"id\":\"a\",\"level1\":\"产出\",\"target\":\"≥1\"}]}}|MISSING_FIELD|declaration.indicators[0].level3",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"indicators\":[{\"id\":\"a\",\"level3\":\"x\"},{\"id\":\"a\",\"level3\":\"y\"}]}}|DUPLICATE_ID|declaration.indicators[1].id",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"indicators\":[]},\"assessment\":{\"actuals\":[{\"id\":\"a\"},{\"id\":\"a\"}]}}|DUPLICATE_ID|assessment.actuals[1].id",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"indicators\":\"x\"}}|WRONG_TYPE|declaration.indicators",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"indicators\":[{\"level3\":\"x\",\"points\":\"many\"}]}}|WRONG_TYPE|declaration.indicators[0].points",
            "{\"declaration\":{\"subjectType\":\"PROJECT\",\"indicators\":[{\"level3\":\"x\",\"target\":{\"op\":\"~~\",\"value\":1}}]}}|INVALID_VALUE|declaration.indicators[0].target.op",
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
    void oversizedBodiesGet413() throws Exception {
        String big = "{\"declaration\":{\"name\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}}";
        var r = ServerHarness.post("/api/v1/evaluations/preview", big);
        assertEquals(413, r.statusCode());
    }
}
