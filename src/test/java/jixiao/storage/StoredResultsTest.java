package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import jixiao.floor.Case;
import jixiao.floor.GeneratedInputs;
import jixiao.floor.TablesWithModes;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Evaluator;
import jixiao.scoring.Ruleset;
import jixiao.web.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoredResultsTest {
    private static final ObjectMapper MAPPER = new Json().mapper();
    private static final StoredResults RESULTS = new StoredResults(MAPPER, StoredJson.lenient(MAPPER, EvaluationResult.class));
    private static List<EvaluationResult> results;

    @BeforeAll
    static void score() {
        Ruleset ruleset = Ruleset.load(Path.of("rules"), TablesWithModes.create());
        Evaluator evaluator = new Evaluator(ruleset);
        List<Case> cases = new GeneratedInputs(ruleset.tables()).generate(20, 7L);
        cases.addAll(new GeneratedInputs(ruleset.tables()).generateMidYear(20, 7L));
        results = cases.stream().map(c -> evaluator.evaluate(c.declaration(), c.assessment())).toList();
    }

    @Test
    void aResultIsStoredWithoutItsNullsAndReadBackAsTheApiShowsIt() throws Exception {
        for (EvaluationResult result : results) {
            String full = MAPPER.writeValueAsString(result);
            String stored = RESULTS.write(result);
            assertFalse(stored.contains(":null"), stored);
            assertTrue(stored.length() < full.length() * 0.85, stored.length() + " of " + full.length());
            // as a result stored whole was read back before: every field, null or not, in the result's order
            assertSameText(asReadBefore(full), MAPPER.writeValueAsString(RESULTS.read(stored)));
        }
    }

    @Test
    void aResultStoredWithItsNullsReadsTheSame() throws Exception {
        String full = MAPPER.writeValueAsString(results.get(0));
        assertSameText(asReadBefore(full), MAPPER.writeValueAsString(RESULTS.read(full)));
    }

    /** A result of older rules: a field it has that today's lacks is kept; one it lacks that today's has is null. */
    @Test
    void anOlderResultKeepsItsOwnFieldsAndShowsTodaysItLacksAsNull() throws Exception {
        ObjectNode older = (ObjectNode) MAPPER.valueToTree(results.get(0));
        older.remove("grade");
        older.put("formerField", "旧");
        ObjectNode indicator = (ObjectNode) older.get("indicators").get(0);
        indicator.remove("explanation");
        indicator.put("formerNote", 1);

        JsonNode read = RESULTS.read(MAPPER.writeValueAsString(older));
        assertTrue(read.has("grade") && read.get("grade").isNull());
        assertEquals("旧", read.get("formerField").asText());
        JsonNode first = read.get("indicators").get(0);
        assertTrue(first.has("explanation") && first.get("explanation").isNull());
        assertEquals(1, first.get("formerNote").asInt());
        assertSameText(asReadBefore(MAPPER.writeValueAsString(older.get("indicators").get(1))),
                MAPPER.writeValueAsString(read.get("indicators").get(1)));
    }

    /** A result today's cannot read (a field of another type) is shown as it was stored. */
    @Test
    void aResultTodaysCannotReadIsShownAsStored() throws Exception {
        ObjectNode older = (ObjectNode) MAPPER.valueToTree(results.get(0));
        older.put("indicators", "a text where a list is today");
        assertSameText(asReadBefore(MAPPER.writeValueAsString(older)),
                MAPPER.writeValueAsString(RESULTS.read(MAPPER.writeValueAsString(older))));
    }

    /** A stored result as the store read it back before, as a tree (whose decimals lose their trailing zeros). */
    private static String asReadBefore(String stored) throws Exception {
        return MAPPER.writeValueAsString(MAPPER.readTree(stored));
    }

    /** The same JSON text: the same fields, in the same order, with the same values; else where they part. */
    private static void assertSameText(String expected, String actual) {
        int i = 0;
        while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        if (i < expected.length() || i < actual.length()) {
            int from = Math.max(0, i - 120);
            throw new AssertionError("differs at " + i + ": expected …" + expected.substring(from, Math.min(expected.length(), i + 80))
                    + "… but was …" + actual.substring(from, Math.min(actual.length(), i + 80)) + "…");
        }
    }
}
