package jixiao.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import jixiao.scoring.EvaluationResult;

/**
 * An evaluation's result as the store keeps it: without its {@code null} fields (a third of a 40-indicator result,
 * and a fifth of all a bulk upload writes), and read back with them. A stored result is read back as it was stored,
 * each field where today's result has it, a field today's result has and the stored one lacks as {@code null}, and
 * a field only the stored one has (a result of older rules) kept, after the others.
 */
final class StoredResults {
    private final ObjectMapper mapper;
    private final ObjectWriter writer;
    private final ObjectReader reader;

    /** {@code reader} reads a stored result into today's {@link EvaluationResult}, skipping what it no longer has. */
    StoredResults(ObjectMapper mapper, ObjectReader reader) {
        this.mapper = mapper;
        this.writer = mapper.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL).writer();
        this.reader = reader;
    }

    String write(EvaluationResult result) {
        try {
            return writer.writeValueAsString(result);
        } catch (IOException e) {
            throw new IllegalStateException("a result cannot be written", e);
        }
    }

    /**
     * The stored result with the {@code null}s of today's result restored (a result stored with them reads the same);
     * one that today's result cannot read at all (a field of another type) as it was stored.
     */
    JsonNode read(String stored) {
        JsonNode kept;
        try {
            kept = mapper.readTree(stored);
        } catch (IOException e) {
            throw new IllegalStateException("a stored result cannot be read", e);
        }
        try {
            return restored(mapper.valueToTree(reader.readValue(kept)), kept);
        } catch (IOException | IllegalArgumentException e) {
            return kept;
        }
    }

    /** {@code kept} with each {@code null} field of {@code today} it lacks, in today's order, its own fields after. */
    private static JsonNode restored(JsonNode today, JsonNode kept) {
        if (today instanceof ObjectNode t && kept instanceof ObjectNode k) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> f = t.fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> field = f.next();
                JsonNode own = k.get(field.getKey());
                if (own != null) {
                    out.set(field.getKey(), restored(field.getValue(), own));
                } else if (field.getValue().isNull()) {
                    out.putNull(field.getKey());
                }
            }
            k.fields().forEachRemaining(field -> {
                if (!out.has(field.getKey())) {
                    out.set(field.getKey(), field.getValue());
                }
            });
            return out;
        }
        if (today instanceof ArrayNode t && kept instanceof ArrayNode k && t.size() == k.size()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode(k.size());
            for (int i = 0; i < k.size(); i++) {
                out.add(restored(t.get(i), k.get(i)));
            }
            return out;
        }
        return kept;
    }
}
