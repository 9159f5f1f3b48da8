package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import jixiao.accounts.TestLogins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Spot checks (抽评) through the real server, run once per database (H2 always, PostgreSQL when a test URL is
 * given): reproducible stratified samples, their validation and roles. Each test has a year of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SpotCheckApiContract extends SpotCheckServer {
    static Map<String, Integer> perUnit(JsonNode check) {
        Map<String, Integer> counts = new TreeMap<>();
        check.get("items").forEach(i -> counts.merge(i.get("unit").asText(), 1, Integer::sum));
        return counts;
    }

    static List<String> drawn(JsonNode check) {
        List<String> ids = new ArrayList<>();
        check.get("items").forEach(i -> ids.add(i.get("declarationId").asText()));
        return ids;
    }

    /**
     * The documented algorithm written again from its description (with the JDK's own bounded draw): units by
     * name, each unit's ids sorted, one SplittableRandom(seed), a partial Fisher–Yates shuffle per unit.
     */
    static List<String> byTheDescription(Map<String, List<String>> units, BigDecimal share, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>();
        for (List<String> ids : new TreeMap<>(units).values()) {
            List<String> a = new ArrayList<>(ids.stream().sorted().toList());
            int n = a.size();
            int k = share.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.HALF_UP).intValue();
            k = Math.min(n, share.signum() > 0 ? Math.max(1, k) : k);
            for (int i = 0; i < k; i++) {
                int j = i + random.nextInt(n - i);
                String t = a.get(i);
                a.set(i, a.get(j));
                a.set(j, t);
            }
            out.addAll(a.subList(0, k).stream().sorted().toList());
        }
        return out;
    }

    @Test
    void theSameRequestDrawsTheSameItemsAndTheDescribedAlgorithmDrawsThemToo() throws Exception {
        int year = 2081;
        Map<String, List<String>> units = Map.of("甲单位", subjects(year, "甲单位", 1), "乙单位", subjects(year, "乙单位", 2),
                "丙单位", subjects(year, "丙单位", 5));
        JsonNode first = spotCheck(year, "{\"share\": 0.5, \"seed\": 42, \"by\": \"unit\"}");
        JsonNode again = spotCheck(year, "{\"share\": 0.5, \"seed\": 42, \"by\": \"unit\"}");
        assertNotEquals(first.get("id").asText(), again.get("id").asText());
        assertEquals(first.get("items"), again.get("items"));
        assertEquals(year, first.get("year").asInt());
        assertEquals("0.5", first.get("share").decimalValue().toPlainString());
        assertEquals(42, first.get("seed").asLong());
        assertEquals("unit", first.get("by").asText());
        assertEquals("admin", first.get("createdBy").asText());
        assertEquals(byTheDescription(units, new BigDecimal("0.5"), 42), drawn(first));
        for (JsonNode item : first.get("items")) {
            JsonNode evaluation = JSON.readTree(app.get("/api/v1/evaluations/" + item.get("evaluationId").asText()).body());
            assertEquals(item.get("declarationId").asText(), evaluation.get("declarationId").asText());
            assertEquals("SELF", evaluation.get("kind").asText());
        }
        Set<List<String>> samples = new HashSet<>();
        for (long seed = 1; seed <= 12; seed++) {
            JsonNode check = spotCheck(year, "{\"share\": 0.2, \"seed\": " + seed + ", \"by\": \"unit\"}");
            assertEquals(byTheDescription(units, new BigDecimal("0.2"), seed), drawn(check));
            samples.add(drawn(check));
        }
        assertTrue(samples.size() > 1, "other seeds draw other samples: " + samples);
        JsonNode extreme = spotCheck(year, "{\"share\": 0.7, \"seed\": -9223372036854775808, \"by\": \"unit\"}");
        assertEquals(byTheDescription(units, new BigDecimal("0.7"), Long.MIN_VALUE), drawn(extreme));
    }

    @Test
    void eachUnitGivesRoundHalfUpOfItsShareAndAtLeastOne() throws Exception {
        int year = 2082;
        subjects(year, "甲单位", 1);
        subjects(year, "乙单位", 2);
        subjects(year, "丙单位", 5);
        // 0.2: 甲 0.2 → 0 → at least 1; 乙 0.4 → 0 → 1; 丙 1.0 → 1
        assertEquals(Map.of("丙单位", 1, "乙单位", 1, "甲单位", 1), perUnit(spotCheck(year, "{\"share\": 0.2, \"seed\": 7}")));
        // 0.5: 甲 0.5 → 1; 乙 1.0 → 1; 丙 2.5 → 3 (half up)
        assertEquals(Map.of("丙单位", 3, "乙单位", 1, "甲单位", 1), perUnit(spotCheck(year, "{\"share\": 0.5, \"seed\": 7}")));
        // 0.3: 甲 0.3 → 1 (at least one); 乙 0.6 → 1; 丙 1.5 → 2
        assertEquals(Map.of("丙单位", 2, "乙单位", 1, "甲单位", 1), perUnit(spotCheck(year, "{\"share\": 0.3, \"seed\": 7}")));
        assertEquals(8, spotCheck(year, "{\"share\": 1, \"seed\": 7}").get("items").size());
        assertEquals(0, spotCheck(year, "{\"share\": 0, \"seed\": 7}").get("items").size());
        JsonNode list = JSON.readTree(app.get("/api/v1/years/" + year + "/spot-checks").body());
        assertEquals(5, list.size());
        assertEquals("0.0", list.get(0).get("share").decimalValue().toPlainString());
        assertEquals(0, list.get(0).get("items").size());
        assertEquals("0.2", list.get(4).get("share").decimalValue().toPlainString());
        assertEquals(3, list.get(4).get("items").size());
        assertEquals(0, JSON.readTree(app.get("/api/v1/years/2099/spot-checks").body()).size());
    }

    @Test
    void aSubjectWithoutAYearEndSelfAssessmentIsNotDrawn() throws Exception {
        int year = 2083;
        List<String> evaluated = subjects(year, "甲单位", 2);
        ObjectNode d = (ObjectNode) JSON.readTree(StorageHarness.example("hunan-property-management")).get("declaration");
        d.put("year", year).put("unit", "甲单位");
        assertEquals(201, app.post("/api/v1/declarations", d.toString()).statusCode());
        JsonNode check = spotCheck(year, "{\"share\": 1, \"seed\": 1}");
        assertEquals(evaluated.stream().sorted().toList(), drawn(check));
    }

    @Test
    void aRequestItCannotUseIsRefusedNamingTheField() throws Exception {
        String path = "/api/v1/years/2084/spot-checks";
        Map<String, String> cases = Map.ofEntries(
                Map.entry("{\"seed\": 1}", "share"),
                Map.entry("{\"share\": 1.5, \"seed\": 1}", "share"),
                Map.entry("{\"share\": -0.1, \"seed\": 1}", "share"),
                Map.entry("{\"share\": 0.12345, \"seed\": 1}", "share"),
                Map.entry("{\"share\": \"a fifth\", \"seed\": 1}", "share"),
                Map.entry("{\"share\": 0.2}", "seed"),
                Map.entry("{\"share\": 0.2, \"seed\": 1.5}", "seed"),
                Map.entry("{\"share\": 0.2, \"seed\": 9223372036854775808}", "seed"),
                Map.entry("{\"share\": 0.2, \"seed\": true}", "seed"),
                Map.entry("{\"share\": 0.2, \"seed\": 1, \"by\": \"department\"}", "by"),
                Map.entry("{\"share\": 0.2, \"seed\": 1, \"by\": \"UNIT\"}", "by"));
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> r = app.post(path, c.getKey());
            assertEquals(400, r.statusCode(), c.getKey() + " → " + r.body());
            assertEquals(c.getValue(), JSON.readTree(r.body()).get("path").asText(), c.getKey() + " → " + r.body());
        }
        HttpResponse<String> year = app.post("/api/v1/years/1999/spot-checks", "{\"share\": 0.2, \"seed\": 1}");
        assertEquals(400, year.statusCode(), year.body());
        assertEquals("year", JSON.readTree(year.body()).get("path").asText());
        assertEquals(0, JSON.readTree(app.get(path).body()).size());
    }

    @Test
    void onlyTheBureauDrawsAndAuditorsRead() throws Exception {
        int year = 2085;
        subjects(year, "甲单位", 1);
        String path = "/api/v1/years/" + year + "/spot-checks";
        String body = "{\"share\": 0.2, \"seed\": 1, \"by\": \"unit\"}";
        assertEquals(403, send(department, "POST", path, body).statusCode());
        assertEquals(403, send(auditor, "POST", path, body).statusCode());
        assertEquals(403, send(department, "GET", path, null).statusCode());
        spotCheck(year, body);
        HttpResponse<String> read = send(auditor, "GET", path, null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(1, JSON.readTree(read.body()).size());
        JsonNode audit = JSON.readTree(app.get("/api/v1/audit?action=SPOT_CHECK_CREATED").body());
        assertTrue(audit.get("items").findValuesAsText("detail").stream()
                .anyMatch(d -> d.contains("year=" + year) && d.contains("items=1")), audit.toString());
    }
}
