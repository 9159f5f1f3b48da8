package jixiao.web;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A client's JSON document as sent, read within the service's bounds: what a route binds when it keeps the
 * document (a stored declaration or assessment is returned exactly as it came, fields the service ignores
 * included) and binds its parts to records itself.
 */
public record JsonDocument(JsonNode json) implements JsonRequest {

    /**
     * The object under {@code field} when that is all the document holds (a body nested the way the preview
     * nests it, {@code {"declaration": {…}}}), else the document itself.
     */
    public JsonNode unwrap(String field) {
        JsonNode inner = json.get(field);
        return inner != null && inner.isObject() && json.size() == 1 ? inner : json;
    }
}
