package jixiao.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A request file and its {@code .expected.json}: sends the request to the real server's preview and
 * compares the answer with the hand-worked expectation (total, grade, groups, budget rate, every listed
 * indicator's status and score, half-year lights, and the deviations in order).
 */
final class ExpectedResult {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExpectedResult() {
    }

    /** The request files directly in {@code dir} (not its sub-folders), without their expected files. */
    static List<Path> requestsIn(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json")
                            && !p.toString().endsWith(".expected.json"))
                    .sorted().toList();
        }
    }

    /**
     * Posts {@code request} to the preview and checks the answer against its expected file. Every check is
     * made and every mismatch is reported together, so that one failure does not hide the others.
     */
    static void check(Path request) throws Exception {
        Path expectedFile = Path.of(request.toString().replace(".json", ".expected.json"));
        JsonNode expected = JSON.readTree(Files.readString(expectedFile));
        var response = ServerHarness.post("/api/v1/evaluations/preview", Files.readString(request));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode actual = JSON.readTree(response.body());
        List<String> mismatches = new ArrayList<>();
        same(mismatches, "totalScore", text(expected.get("totalScore")), text(actual.get("totalScore")));
        same(mismatches, "grade", expected.get("grade").asText("null"), actual.get("grade").asText("null"));
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("groups").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> g = it.next();
            JsonNode group = find(actual.get("groups"), "name", g.getKey());
            same(mismatches, "group " + g.getKey(), text(g.getValue()), text(group.get("score")));
        }
        JsonNode budget = actual.get("budgetExecution");
        boolean noBudget = budget == null || budget.isNull();
        same(mismatches, "budget rate", text(expected.get("budgetRate")), text(noBudget ? null : budget.get("rate")));
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("indicators").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode ind = find(actual.get("indicators"), "id", e.getKey());
            same(mismatches, "status of " + e.getKey(), e.getValue().get(0).asText(), ind.get("status").asText());
            same(mismatches, "score of " + e.getKey(), text(e.getValue().get(1)), text(ind.get("score")));
            if (e.getValue().size() > 2) {  // half-year: [status, score, light, expected, progress, projected]
                same(mismatches, "light of " + e.getKey(), e.getValue().get(2).asText(), ind.get("light").asText());
                same(mismatches, "expected of " + e.getKey(), text(e.getValue().get(3)), text(ind.get("expected")));
                same(mismatches, "progress of " + e.getKey(), text(e.getValue().get(4)), text(ind.get("progress")));
                same(mismatches, "projection of " + e.getKey(), text(e.getValue().get(5)),
                        text(ind.get("projectedFullYear")));
            }
        }
        same(mismatches, "light", expected.path("light").asText("null"), actual.get("light").asText("null"));
        if (expected.has("spending")) {
            JsonNode spending = expected.get("spending");
            same(mismatches, "spending expectedPercent", text(spending.get("expectedPercent")),
                    text(noBudget ? null : budget.get("expectedPercent")));
            same(mismatches, "spending progress", text(spending.get("progress")),
                    text(noBudget ? null : budget.get("progress")));
            same(mismatches, "spending light", spending.get("light").asText(),
                    noBudget ? "null" : budget.get("light").asText());
        }
        same(mismatches, "deviations", String.valueOf(deviations(expected.get("deviations"))),
                String.valueOf(actualDeviations(actual.get("deviations"))));
        if (!mismatches.isEmpty()) {
            throw new AssertionError(request.getFileName() + ": " + mismatches.size() + " mismatch(es)\n  "
                    + String.join("\n  ", mismatches));
        }
    }

    private static void same(List<String> mismatches, String what, String want, String got) {
        if (!want.equals(got)) {
            mismatches.add(what + ": expected <" + want + "> but was <" + got + ">");
        }
    }

    /** The answer's deviations as TYPE or TYPE:indicatorId, in the answer's order. */
    private static List<String> actualDeviations(JsonNode deviations) {
        List<String> types = new ArrayList<>();
        deviations.forEach(d -> types.add(d.get("type").asText()
                + (d.get("indicatorId") == null || d.get("indicatorId").isNull() ? "" : ":" + d.get("indicatorId").asText())));
        return types;
    }

    private static List<String> deviations(JsonNode expected) {
        List<String> want = new ArrayList<>();
        expected.forEach(d -> want.add(d.asText()));
        return want;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.get(field).asText())) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value);
    }

    /** A number as plain text without trailing zeros, "null" for an absent or null value. */
    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.decimalValue().stripTrailingZeros().toPlainString();
    }
}
