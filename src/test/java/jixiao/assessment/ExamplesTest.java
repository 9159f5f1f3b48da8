package jixiao.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every request in examples/ is sent to the real server and checked against its expected file. */
class ExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyExampleReproducesItsExpectedResult() throws Exception {
        List<Path> requests;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            requests = s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList();
        }
        assertFalse(requests.isEmpty());
        return requests.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path request) throws Exception {
        Path expectedFile = Path.of(request.toString().replace(".json", ".expected.json"));
        JsonNode expected = JSON.readTree(Files.readString(expectedFile));
        var response = ServerHarness.post("/api/v1/evaluations/preview", Files.readString(request));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode actual = JSON.readTree(response.body());
        assertEquals(expected.get("totalScore").decimalValue().stripTrailingZeros(),
                actual.get("totalScore").decimalValue().stripTrailingZeros(), "totalScore");
        assertEquals(expected.get("grade").asText(), actual.get("grade").asText());
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("groups").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> g = it.next();
            JsonNode group = find(actual.get("groups"), "name", g.getKey());
            assertEquals(text(g.getValue()), text(group.get("score")), "group " + g.getKey());
        }
        assertEquals(text(expected.get("budgetRate")), text(actual.get("budgetExecution").get("rate")), "budget rate");
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("indicators").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode ind = find(actual.get("indicators"), "id", e.getKey());
            assertEquals(e.getValue().get(0).asText(), ind.get("status").asText(), "status of " + e.getKey());
            assertEquals(text(e.getValue().get(1)), text(ind.get("score")), "score of " + e.getKey());
            if (e.getValue().size() > 2) {  // half-year: [status, score, light, expected, progress, projected]
                assertEquals(e.getValue().get(2).asText(), ind.get("light").asText(), "light of " + e.getKey());
                assertEquals(text(e.getValue().get(3)), text(ind.get("expected")), "expected of " + e.getKey());
                assertEquals(text(e.getValue().get(4)), text(ind.get("progress")), "progress of " + e.getKey());
                assertEquals(text(e.getValue().get(5)), text(ind.get("projectedFullYear")), "projection of " + e.getKey());
            }
        }
        assertEquals(expected.path("light").asText("null"), actual.get("light").asText("null"), "light");
        if (expected.has("spending")) {
            JsonNode budget = actual.get("budgetExecution");
            assertEquals(text(expected.get("spending").get("expectedPercent")), text(budget.get("expectedPercent")));
            assertEquals(text(expected.get("spending").get("progress")), text(budget.get("progress")));
            assertEquals(expected.get("spending").get("light").asText(), budget.get("light").asText());
        }
        List<String> types = new ArrayList<>();
        actual.get("deviations").forEach(d -> types.add(d.get("type").asText()
                + (d.get("indicatorId").isNull() ? "" : ":" + d.get("indicatorId").asText())));
        List<String> want = new ArrayList<>();
        expected.get("deviations").forEach(d -> want.add(d.asText()));
        assertEquals(want, types, "deviations");
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.get(field).asText())) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.decimalValue().stripTrailingZeros().toPlainString();
    }
}
