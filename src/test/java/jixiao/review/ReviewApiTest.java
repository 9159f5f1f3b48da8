package jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** POST /api/v1/declarations/review through the real server: open, stores nothing, findings with their rules. */
class ReviewApiTest {
    private static final EmbeddedServer SERVER =
            ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1));
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String DECLARATION = """
            {"subjectType": "PROJECT", "unit": "某区城市管理局", "name": "海绵城市建设", "year": 2026,
             "indicators": [
               {"id": "a", "level1": "产出指标", "level2": "质量指标", "level3": "统筹海绵城市项目谋划",
                "target": "统筹海绵城市项目谋划"},
               {"id": "b", "level1": "产出指标", "level2": "数量指标", "level3": "新建雨水花园", "target": "≥12"},
               {"id": "c", "level1": "效益指标", "level2": "社会效益指标", "level3": "城市内涝治理", "target": "长效提升"},
               {"id": "d", "level1": "产出指标", "level2": "时效指标", "level3": "资金拨付", "target": "及时"}]}
            """;

    @AfterAll
    static void stop() {
        SERVER.stop();
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(SERVER.getURL() + "/api/v1/declarations/review"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> codes(JsonNode findings) {
        List<String> codes = new ArrayList<>();
        findings.forEach(f -> codes.add(f.get("code").asText() + (f.get("indicatorId").isNull() ? ""
                : ":" + f.get("indicatorId").asText())));
        return codes;
    }

    @Test
    void aDeclarationsFindingsNameTheirIndicatorRuleAndFile() throws Exception {
        HttpResponse<String> r = post(DECLARATION);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode findings = JSON.readTree(r.body()).get("findings");
        assertEquals(List.of("TARGET_NOT_MEASURABLE:a", "TARGET_WITHOUT_UNIT:b", "TARGET_NOT_MEASURABLE:c",
                "DEADLINE_UNCLEAR:d", "GROUP_MISSING"), codes(findings));
        JsonNode first = findings.get(0);
        assertEquals("ERROR", first.get("severity").asText());
        assertEquals("统筹海绵城市项目谋划", first.get("level3").asText());
        assertEquals("rules/05-review.drl", first.get("ruleFile").asText());
        assertTrue(first.get("rule").asText().startsWith("review: "), first.toString());
        assertEquals("满意度", findings.get(4).get("level3").asText());
    }

    @Test
    void aDeclarationNestedAsThePreviewNestsItIsReviewedAlike() throws Exception {
        HttpResponse<String> plain = post(DECLARATION);
        HttpResponse<String> nested = post("{\"declaration\": " + DECLARATION + "}");
        assertEquals(200, nested.statusCode(), nested.body());
        assertEquals(JSON.readTree(plain.body()), JSON.readTree(nested.body()));
    }

    @Test
    void theSeedExamplesDeclarationsAreReviewed() throws Exception {
        JsonNode example = JSON.readTree(Files.readString(Path.of("examples", "hunan-property-management.json")));
        HttpResponse<String> r = post(example.get("declaration").toString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(JSON.readTree(r.body()).get("findings").isArray(), r.body());
    }

    @Test
    void aDeclarationTheServiceCannotUseIsA400NamingTheField() throws Exception {
        HttpResponse<String> r = post("{\"subjectType\": \"PROJECT\", \"indicators\": [{\"id\": \"a\", \"target\": \"≥1次\"}]}");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("indicators[0].level3", JSON.readTree(r.body()).get("path").asText());
        assertEquals(400, post("").statusCode());
        assertEquals(400, post("{\"subjectType\": \"PROJECT\", \"scoringTable\": \"nope\", \"indicators\": []}").statusCode());
    }
}
