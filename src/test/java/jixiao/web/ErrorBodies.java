package jixiao.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the tests accept as the error shape: exactly {@code error}, {@code message} and {@code path}, plus an
 * optional textual {@code requestId} (api.md: "A body may add requestId", which the request log does on the way out).
 */
public final class ErrorBodies {
    private static final Set<String> FIELDS = Set.of("error", "message", "path");

    private ErrorBodies() {
    }

    /** True when the body has the three fields of the error shape and nothing else but a textual requestId. */
    public static boolean isErrorShape(JsonNode body) {
        if (body == null || !body.isObject()) {
            return false;
        }
        Set<String> names = new TreeSet<>();
        body.fieldNames().forEachRemaining(names::add);
        if (names.remove("requestId") && !body.get("requestId").isTextual()) {
            return false;
        }
        return names.equals(FIELDS);
    }

    /** Fails, showing the body, unless {@link #isErrorShape} holds. */
    public static void assertErrorShape(JsonNode body) {
        if (!isErrorShape(body)) {
            throw new AssertionError("not {error, message, path} with an optional textual requestId: " + body);
        }
    }
}
