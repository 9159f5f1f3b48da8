package jixiao.assessment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Never a 500 for anything a client sent: every example, with one value anywhere replaced by something
 * odd (wrong types, empty, huge, negative, malformed ranges), answers 200 or a 4xx — fixed seed.
 */
class MutatedRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ODD = List.of("null", "0", "-1", "1.5", "1e308", "\"\"", "\" \"", "\"≥\"",
            "\"abc\"", "\"≥-5%\"", "\"1e9999\"", "true", "[]", "{}", "[1,2]", "{\"op\":\"BETWEEN\"}",
            "{\"op\":\"≥\",\"value\":\"x\"}", "{\"term\":5}", "{\"op\":\"BETWEEN\",\"low\":5,\"high\":1}", "\"\\u0000\"",
            "\"—\"", "\"" + "9".repeat(400) + "\"", "\"百分之一百零五\"", "\"80%~\"", "\"--5\"", "\"≥≥5\"",
            "9223372036854775808", "12", "13", "\"六个月\"");

    @Test
    void noOddValueAnywhereInAnExampleGetsA500() throws Exception {
        List<JsonNode> examples = new ArrayList<>();
        for (Path p : ExpectedResult.requestsIn(Path.of("examples"))) {  // top-level requests, not examples/published/
            examples.add(JSON.readTree(Files.readString(p)));
        }
        Random random = new Random(20261123);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            JsonNode request = examples.get(random.nextInt(examples.size())).deepCopy();
            List<String> where = new ArrayList<>();
            replaceOne(request, random, "", where);
            int status = ServerHarness.post("/api/v1/evaluations/preview", request.toString()).statusCode();
            if (status >= 500) {
                failures.add(status + " at " + where);
            }
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }

    /** Replaces one value of the tree, chosen uniformly among all values, by an odd one. */
    private static void replaceOne(JsonNode root, Random random, String path, List<String> where) throws Exception {
        List<Object[]> slots = new ArrayList<>();
        collect(root, path, slots);
        Object[] slot = slots.get(random.nextInt(slots.size()));
        JsonNode odd = JSON.readTree(ODD.get(random.nextInt(ODD.size())));
        if (slot[0] instanceof ObjectNode o) {
            o.set((String) slot[1], odd);
        } else {
            ((ArrayNode) slot[0]).set((Integer) slot[1], odd);
        }
        where.add(slot[2] + " = " + odd);
    }

    private static void collect(JsonNode node, String path, List<Object[]> slots) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(name -> {
                slots.add(new Object[] {o, name, path + "." + name});
                collect(o.get(name), path + "." + name, slots);
            });
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Object[] {a, i, path + "[" + i + "]"});
                collect(a.get(i), path + "[" + i + "]", slots);
            }
        }
    }
}
