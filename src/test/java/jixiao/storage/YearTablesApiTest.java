package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import jixiao.tables.YearFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables by fiscal year through the real server: a year's declarations stored under the base tables, then the
 * service restarted with 2026's tables published (mof-project 产出 60 / 效益 20). 2025 keeps its scores and
 * version; 2026 is previewed, imported, reviewed, re-evaluated (with the diff and its reason) and stored with
 * the new tables; {@code GET /api/v1/rulesets} lists both sets.
 */
class YearTablesApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private static ObjectNode hunan(int year) throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(StorageHarness.example("hunan-property-management"));
        ((ObjectNode) request.get("declaration")).put("year", year);
        return request;
    }

    private static JsonNode store(StorageHarness app, ObjectNode request) throws Exception {
        HttpResponse<String> d = app.post("/api/v1/declarations", request.get("declaration").toString());
        assertEquals(201, d.statusCode(), d.body());
        HttpResponse<String> r = app.post("/api/v1/declarations/" + JSON.readTree(d.body()).get("id").asText()
                + "/assessments", request.get("assessment").toString());
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode ok(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static String version(JsonNode result) {
        return result.get("ruleset").get("version").asText();
    }

    private static JsonNode group(JsonNode result, String name) {
        for (JsonNode g : result.get("groups")) {
            if (g.get("name").asText().equals(name)) {
                return g;
            }
        }
        throw new AssertionError("no group " + name + " in " + result);
    }

    /** A declaration whose explicit points add up to the base weights (产出 50, 效益 30, 满意度 10). */
    private static String pointsOfTheBaseWeights(int year) {
        return """
                {"subjectType": "PROJECT", "year": YEAR, "scoringTable": "mof-project", "indicators": [
                  {"id": "a", "level1": "产出指标", "level2": "数量指标", "level3": "巡检次数", "target": "≥12次", "points": 50},
                  {"id": "b", "level1": "效益指标", "level2": "社会效益指标", "level3": "投诉办结率", "target": "≥95%", "points": 30},
                  {"id": "s", "level1": "满意度指标", "level2": "服务对象满意度指标", "level3": "服务对象满意度",
                   "target": "≥90%", "points": 10}]}""".replace("YEAR", Integer.toString(year));
    }

    private static List<String> findings(StorageHarness app, int year) throws Exception {
        List<String> codes = new ArrayList<>();
        ok(app.post("/api/v1/declarations/review", pointsOfTheBaseWeights(year)), 200).get("findings")
                .forEach(f -> codes.add(f.get("code").asText()));
        return codes;
    }

    @Test
    void publishing2026LeavesTheEarlierYearAsItWasAndScores2026WithItsOwnTables() throws Exception {
        Path tables = YearFolders.copyOfTables(dir);
        Map<String, Object> withTables = Map.of("jixiao.tables-dir", tables.toString());
        String url = StorageHarness.h2File(dir.resolve("db"));
        JsonNode stored2025;
        JsonNode stored2026;
        String baseVersion;
        try (StorageHarness before = new StorageHarness(url, withTables)) {
            stored2025 = store(before, hunan(2025));
            stored2026 = store(before, hunan(2026));
            baseVersion = version(stored2025);
            assertEquals(baseVersion, version(stored2026));
            JsonNode sets = ok(before.get("/api/v1/rulesets"), 200);
            assertEquals(1, sets.size());
            assertEquals(List.of(Year.now().getValue()), years(sets.get(0)));
            assertTrue(sets.get(0).get("from").isNull() && sets.get(0).get("to").isNull(), sets.toString());
        }

        YearFolders.publish2026(tables);
        try (StorageHarness after = new StorageHarness(url, withTables)) {
            JsonNode sets = ok(after.get("/api/v1/rulesets"), 200);
            assertEquals(2, sets.size(), sets.toString());
            JsonNode old = sets.get(0);
            JsonNode now = sets.get(1);
            assertEquals(baseVersion, old.get("version").asText());
            assertEquals(List.of(2025), years(old));
            assertTrue(old.get("from").isNull());
            assertEquals(2025, old.get("to").asInt());
            assertEquals(IntStream.rangeClosed(2026, Math.max(2026, Year.now().getValue())).boxed().toList(), years(now));
            assertEquals(2026, now.get("from").asInt());
            assertTrue(now.get("to").isNull());
            assertEquals(old.get("rulesVersion"), now.get("rulesVersion"));
            assertNotEquals(old.get("tablesVersion"), now.get("tablesVersion"));
            String version2026 = now.get("version").asText();
            assertNotEquals(baseVersion, version2026);
            // /health reports the latest
            assertEquals(version2026, ok(after.get("/health"), 200).get("ruleset").asText());

            // the preview: 2025 as before, 2026 with the new weights
            JsonNode preview2025 = ok(after.post("/api/v1/evaluations/preview", hunan(2025).toString()), 200);
            JsonNode preview2026 = ok(after.post("/api/v1/evaluations/preview", hunan(2026).toString()), 200);
            assertEquals(baseVersion, version(preview2025));
            assertEquals(stored2025.get("totalScore"), preview2025.get("totalScore"));
            assertEquals("97.68", preview2025.get("totalScore").decimalValue().toPlainString());
            assertEquals(version2026, version(preview2026));
            assertEquals(0, group(preview2026, "产出").get("weight").decimalValue().compareTo(new java.math.BigDecimal(60)));
            assertEquals(0, group(preview2026, "效益").get("weight").decimalValue().compareTo(new java.math.BigDecimal(20)));
            assertNotEquals(preview2025.get("totalScore"), preview2026.get("totalScore"));

            // re-evaluation: 2025 identical under its unchanged version; 2026 says the tables changed and what
            JsonNode again2025 = ok(after.post("/api/v1/evaluations/" + stored2025.get("id").asText() + "/reevaluate", ""), 201);
            assertTrue(again2025.get("diff").get("identical").asBoolean(), again2025.get("diff").toString());
            assertFalse(again2025.get("diff").get("tablesChanged").asBoolean());
            assertEquals(baseVersion, version(again2025));
            JsonNode again2026 = ok(after.post("/api/v1/evaluations/" + stored2026.get("id").asText() + "/reevaluate", ""), 201);
            JsonNode diff = again2026.get("diff");
            assertTrue(diff.get("tablesChanged").asBoolean(), diff.toString());
            assertFalse(diff.get("rulesChanged").asBoolean());
            assertFalse(diff.get("identical").asBoolean());
            assertEquals("评分表（scoring-tables/）已变更", diff.get("reason").asText());
            assertEquals(baseVersion, diff.get("previousRuleset").asText());
            assertEquals(version2026, diff.get("ruleset").asText());
            assertEquals(version2026, version(again2026));
            assertEquals(preview2026.get("totalScore"), again2026.get("totalScore"));
            JsonNode q1 = diff.get("indicators").get(0);
            assertEquals("q1", q1.get("id").asText());
            assertTrue(q1.get("reason").asText().startsWith("评分表（scoring-tables/）已变更：指标分值由 8.33 变为 10"),
                    q1.toString());
            // the history records each evaluation's version
            JsonNode history = ok(after.get("/api/v1/declarations/" + stored2026.get("declarationId").asText()
                    + "/evaluations"), 200);
            assertEquals(List.of(baseVersion, version2026), List.of(history.get(0).get("ruleset").asText(),
                    history.get(1).get("ruleset").asText()));

            // a new 2026 submission is stored with 2026's tables, a 2025 one with the earlier tables
            assertEquals(version2026, version(store(after, hunan(2026))));
            assertEquals(baseVersion, version(store(after, hunan(2025))));

            // the target review reads each year's weights
            assertFalse(findings(after, 2025).contains("POINTS_DO_NOT_ADD_UP"), findings(after, 2025).toString());
            assertTrue(findings(after, 2026).contains("POINTS_DO_NOT_ADD_UP"), findings(after, 2026).toString());
            for (int year : List.of(2025, 2026)) {  // and so does the review stored with a declaration
                ObjectNode d = (ObjectNode) JSON.readTree(pointsOfTheBaseWeights(year));
                d.put("unit", "审核单位").put("name", "审核项目");
                JsonNode declared = ok(after.post("/api/v1/declarations", d.toString()), 201);
                assertEquals(year == 2026, declared.get("findings").toString().contains("POINTS_DO_NOT_ADD_UP"),
                        declared.toString());
            }

            // an imported form of 2026, scored with ?evaluate=true
            byte[] form = Files.readAllBytes(Path.of("examples", "forms", "property-management-self-assessment.xlsx"));
            HttpResponse<String> imported = CLIENT.send(HttpRequest.newBuilder(URI.create(after.server.getURL()
                            + "/api/v1/imports?evaluate=true&filename=property-management-self-assessment.xlsx"))
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(form)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode first = ok(imported, 200).get("forms").get(0);
            assertEquals(2026, first.get("declaration").get("year").asInt());
            assertEquals(version2026, version(first.get("evaluation")));
        }
    }

    private static List<Integer> years(JsonNode set) {
        List<Integer> out = new ArrayList<>();
        set.get("years").forEach(y -> out.add(y.asInt()));
        return out;
    }
}
