package jixiao.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import jixiao.web.Json;

/** The JSON the store keeps (documents as sent, results as computed), written and read back. */
@Singleton
final class StoredJson {
    private final Json json;

    StoredJson(Json json) {
        this.json = json;
    }

    String write(Object value) {
        return json.write(value);
    }

    JsonNode read(String stored) {
        try {
            return json.mapper().readTree(stored);
        } catch (IOException e) {
            throw new IllegalStateException("stored JSON cannot be read", e);
        }
    }

    ObjectMapper mapper() {
        return json.mapper();
    }
}
