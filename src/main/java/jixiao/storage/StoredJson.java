package jixiao.storage;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.inject.Singleton;
import java.io.IOException;
import jixiao.scoring.EvaluationResult;
import jixiao.web.Json;

/** The JSON the store keeps (documents as sent, results as computed), written and read back. */
@Singleton
final class StoredJson {
    private final Json json;
    private final StoredResults results;

    StoredJson(Json json) {
        this.json = json;
        this.results = new StoredResults(json.mapper(), lenient(json.mapper(), EvaluationResult.class));
    }

    String write(Object value) {
        return json.write(value);
    }

    /** An evaluation's result as it is stored: without its {@code null} fields ({@link StoredResults}). */
    String writeResult(EvaluationResult result) {
        return results.write(result);
    }

    /** A stored result as the API shows it: every field of today's result, {@code null}s too, and its own. */
    JsonNode readResult(String stored) {
        return results.read(stored);
    }

    JsonNode read(String stored) {
        try {
            return json.mapper().readTree(stored);
        } catch (IOException e) {
            throw new IllegalStateException("stored JSON cannot be read", e);
        }
    }

    /**
     * A stored document as its record; a document of older code reads too: fields the record no longer has
     * are skipped, and a kind no longer known (an enum's name) reads as none.
     */
    <T> T read(String stored, Class<T> type) {
        try {
            return lenient(json.mapper(), type).readValue(stored);
        } catch (IOException e) {
            throw new IllegalStateException("stored JSON cannot be read as " + type.getSimpleName(), e);
        }
    }

    /** A reader of a stored document into its record that skips the fields and kinds the record no longer has. */
    static ObjectReader lenient(ObjectMapper mapper, Class<?> type) {
        return mapper.readerFor(type)
                .with(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    ObjectMapper mapper() {
        return json.mapper();
    }
}
