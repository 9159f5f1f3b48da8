package jixiao.web;

import java.util.Map;

/** The code and the message of an error the service answers by its HTTP status alone (the framework's own). */
public final class ErrorCodes {
    private static final Map<Integer, String> CODES = Map.ofEntries(
            Map.entry(400, "BAD_REQUEST"), Map.entry(401, "UNAUTHORIZED"), Map.entry(403, "FORBIDDEN"),
            Map.entry(404, "NOT_FOUND"), Map.entry(405, "METHOD_NOT_ALLOWED"), Map.entry(406, "NOT_ACCEPTABLE"),
            Map.entry(413, "PAYLOAD_TOO_LARGE"), Map.entry(414, "URI_TOO_LONG"), Map.entry(415, "UNSUPPORTED_MEDIA_TYPE"),
            Map.entry(429, "TOO_MANY_REQUESTS"), Map.entry(431, "HEADERS_TOO_LARGE"), Map.entry(500, "INTERNAL_ERROR"),
            Map.entry(503, "SERVICE_UNAVAILABLE"));
    private static final Map<Integer, String> MESSAGES = Map.of(
            401, "this path needs a login: send Authorization: Bearer <access_token> from POST /login (or its JWT"
                    + " cookie); the token may have expired, or its account been disabled or its password changed",
            403, "this request is refused (this account's role may not use this path, or it came from another site)",
            404, "no resource at this path",
            405, "this path does not take this method",
            406, "this path answers only application/json",
            413, "the request (its body, or its line or headers) exceeds the size limit",
            415, "the body must be application/json",
            500, "the service failed to process this request; it has been logged");

    private ErrorCodes() {
    }

    public static String code(int status) {
        return CODES.getOrDefault(status, status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST");
    }

    /** The message of a status, else {@code otherwise}. */
    public static String message(int status, String otherwise) {
        return MESSAGES.getOrDefault(status, otherwise);
    }

    /** The error body of an answer that has only its status. */
    public static ErrorBody body(int status, String path) {
        return new ErrorBody(code(status), message(status, "the request cannot be served (HTTP " + status + ")"), path);
    }
}
