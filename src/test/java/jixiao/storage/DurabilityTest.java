package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What must hold across restarts, table changes and failed writes, on the embedded H2 file store. */
class DurabilityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String storeExample(StorageHarness app, String example) throws Exception {
        JsonNode request = JSON.readTree(StorageHarness.example(example));
        String id = JSON.readTree(app.post("/api/v1/declarations", request.get("declaration").toString()).body())
                .get("id").asText();
        var r = app.post("/api/v1/declarations/" + id + "/assessments", request.get("assessment").toString());
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("id").asText();
    }

    @Test
    void evaluationsSurviveARestart() throws Exception {
        String url = StorageHarness.h2File(dir);
        String id;
        String before;
        try (StorageHarness first = new StorageHarness(url)) {
            id = storeExample(first, "hunan-property-management");
            before = first.get("/api/v1/evaluations/" + id).body();
        }
        try (StorageHarness second = new StorageHarness(url)) {
            var r = second.get("/api/v1/evaluations/" + id);
            assertEquals(200, r.statusCode());
            assertEquals(JSON.readTree(before), JSON.readTree(r.body()));
        }
    }

    @Test
    void reevaluatingAfterATableChangeSaysWhatChangedAndWhy() throws Exception {
        Path tables = dir.resolve("scoring-tables");
        copy(Path.of("scoring-tables"), tables);
        Map<String, Object> withTables = Map.of("jixiao.tables-dir", tables.toString());
        String url = StorageHarness.h2File(dir.resolve("db"));
        String id;
        try (StorageHarness before = new StorageHarness(url, withTables)) {
            id = storeExample(before, "hunan-property-management");
        }
        Path template = tables.resolve("templates/mof-project.yml");
        Files.writeString(template, Files.readString(template)
                .replace("{name: 产出, weight: 50", "{name: 产出, weight: 40")
                .replace("{name: 效益, weight: 30", "{name: 效益, weight: 40"));
        try (StorageHarness after = new StorageHarness(url, withTables)) {
            var r = after.post("/api/v1/evaluations/" + id + "/reevaluate", "");
            assertEquals(201, r.statusCode(), r.body());
            JsonNode result = JSON.readTree(r.body());
            JsonNode diff = result.get("diff");
            assertTrue(diff.get("tablesChanged").asBoolean());
            assertFalse(diff.get("rulesChanged").asBoolean());
            assertFalse(diff.get("identical").asBoolean());
            assertEquals("评分表（scoring-tables/）已变更", diff.get("reason").asText());
            JsonNode q1 = diff.get("indicators").get(0);
            assertEquals("q1", q1.get("id").asText());
            assertEquals("points", q1.get("changes").get(0).get("field").asText());
            assertEquals("8.33", q1.get("changes").get(0).get("before").decimalValue().toPlainString());
            assertEquals("6.67", q1.get("changes").get(0).get("after").decimalValue().toPlainString());
            assertTrue(q1.get("reason").asText().contains("指标分值由 8.33 变为 6.67"));
            assertEquals("totalScore", diff.get("changes").get(0).get("field").asText());
            assertEquals(id, result.get("previousEvaluationId").asText());
            JsonNode old = JSON.readTree(after.get("/api/v1/evaluations/" + id).body());
            assertEquals("97.68", old.get("totalScore").decimalValue().toPlainString());
        }
    }

    @Test
    void aFailureInTheMiddleOfAWriteLeavesNothingHalfStored() throws Exception {
        String url = StorageHarness.h2File(dir);
        try (StorageHarness app = new StorageHarness(url)) {
            Store store = app.bean(Store.class);
            Instant now = Instant.now();
            String declarationId = UUID.randomUUID().toString();
            Store.Declaration d = new Store.Declaration(declarationId, "PROJECT", "单位", "项目", 2026, "mof-project", 0,
                    "{}", now, "admin");
            Store.Assessment a = new Store.Assessment(UUID.randomUUID().toString(), declarationId, "FULL_YEAR", 12, "{}",
                    now, "admin");
            Store.Evaluation broken = new Store.Evaluation(UUID.randomUUID().toString(), declarationId, a.id(), null,
                    2026, "PROJECT", "单位", "项目", "FULL_YEAR", 12, BigDecimal.TEN, "差", null, 0, 0,
                    null, "r", "t", "{}", now, List.of(), "admin", EvaluationKind.SELF, null);
            assertThrows(Store.StoreException.class, () -> store.write(c -> {
                store.insert(c, d);
                store.insert(c, a);
                store.insert(c, broken);
                return null;
            }));
            assertTrue(store.declaration(declarationId).isEmpty());
            assertEquals(0, count(url, "select count(*) from assessment"));
            assertEquals(0, count(url, "select count(*) from declaration"));
        }
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
