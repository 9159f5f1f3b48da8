package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A stored declaration keeps the findings of its target review (rules/05-review.drl), and is compared with
 * what the same subject achieved the year before once that year's evaluation is stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclarationFindingsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private StorageHarness app;

    @BeforeAll
    void start() throws Exception {
        app = new StorageHarness(StorageHarness.h2File(Files.createTempDirectory("jixiao-findings")));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> r = app.post(path, body);
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static ObjectNode declaration(int year, String target) {
        ObjectNode d = JSON.createObjectNode().put("subjectType", "PROJECT").put("unit", "某区 城管局")
                .put("name", "公厕建设").put("year", year);
        d.putArray("indicators").add(JSON.createObjectNode().put("id", "a").put("level1", "产出指标")
                .put("level2", "数量指标").put("level3", "新建公厕").put("target", target));
        return d;
    }

    private static List<String> codes(JsonNode findings) {
        List<String> codes = new ArrayList<>();
        findings.forEach(f -> codes.add(f.get("code").asText()));
        return codes;
    }

    @Test
    void aStoredDeclarationShowsItsFindingsWhenStoredAndWhenRead() throws Exception {
        JsonNode stored = post("/api/v1/declarations", declaration(2061, "≥30").toString());
        assertEquals(List.of("TARGET_WITHOUT_UNIT", "GROUP_MISSING", "GROUP_MISSING"), codes(stored.get("findings")));
        JsonNode read = JSON.readTree(app.get("/api/v1/declarations/" + stored.get("id").asText()).body());
        assertEquals(stored.get("findings"), read.get("findings"));
        assertEquals("rules/05-review.drl", read.get("findings").get(0).get("ruleFile").asText());
    }

    @Test
    void aTargetBelowLastYearsStoredActualIsFoundWithBothFigures() throws Exception {
        JsonNode last = post("/api/v1/declarations", declaration(2062, "≥20座").toString());
        post("/api/v1/declarations/" + last.get("id").asText() + "/assessments",
                "{\"budgetExecuted\": 1, \"actuals\": [{\"id\": \"a\", \"actual\": \"32座\"}]}");
        // the same subject the year after: unit and name compare after normalisation (§1.1)
        ObjectNode next = declaration(2063, "≥30座").put("unit", "某区城管局").put("name", "公厕 建设");
        JsonNode found = post("/api/v1/declarations", next.toString()).get("findings");
        assertTrue(codes(found).contains("TARGET_BELOW_LAST_YEAR"), found.toString());
        String message = found.get(codes(found).indexOf("TARGET_BELOW_LAST_YEAR")).get("message").asText();
        assertTrue(message.contains("≥30座") && message.contains("32座") && message.contains("2062"), message);

        JsonNode higher = post("/api/v1/declarations", declaration(2063, "≥35座").toString()).get("findings");
        assertFalse(codes(higher).contains("TARGET_BELOW_LAST_YEAR"), higher.toString());
    }

    @Test
    void theItemsOfABatchAreEachReviewedAgainstTheirOwnSubjectsYearBefore() throws Exception {
        for (String[] last : new String[][]{{"甲局", "32座"}, {"乙局", "10座"}}) {
            JsonNode d = post("/api/v1/declarations", declaration(2064, "≥20座").put("unit", last[0]).toString());
            post("/api/v1/declarations/" + d.get("id").asText() + "/assessments",
                    "{\"budgetExecuted\": 1, \"actuals\": [{\"id\": \"a\", \"actual\": \"" + last[1] + "\"}]}");
        }
        // one group: 甲局 declares below what it achieved, 乙局 above, and 甲局's other subject has no year before
        ArrayNode batch = JSON.createArrayNode();
        for (ObjectNode d : List.of(declaration(2065, "≥30座").put("unit", "甲局"),
                declaration(2065, "≥30座").put("unit", "乙局"), declaration(2065, "≥30座").put("unit", "甲局")
                        .put("name", "公园建设"))) {
            batch.addObject().<ObjectNode>set("declaration", d).set("assessment", JSON.readTree(
                    "{\"budgetExecuted\": 1, \"actuals\": [{\"id\": \"a\", \"actual\": \"31座\"}]}"));
        }
        HttpResponse<String> r = app.post("/api/v1/batches", batch.toString());
        assertEquals(200, r.statusCode(), r.body());
        List<Boolean> below = new ArrayList<>(List.of(false, false, false));
        for (JsonNode item : JSON.readTree(r.body()).get("items")) {
            JsonNode read = JSON.readTree(app.get("/api/v1/declarations/" + item.get("declarationId").asText()).body());
            below.set(item.get("index").asInt(), codes(read.get("findings")).contains("TARGET_BELOW_LAST_YEAR"));
        }
        assertEquals(List.of(true, false, false), below);
    }
}
