package jixiao.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The body of every error the framework answers itself (no route, wrong method, wrong content type, a
 * request line or headers too long …): the API's shape, whatever the client accepts, in place of
 * Micronaut's {@code {"message","_links"}}. The path is the request's.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ErrorShape implements ErrorResponseProcessor<ErrorBody> {
    private static final Map<Integer, String> CODES = Map.ofEntries(
            Map.entry(400, "BAD_REQUEST"), Map.entry(401, "UNAUTHORIZED"), Map.entry(403, "FORBIDDEN"),
            Map.entry(404, "NOT_FOUND"), Map.entry(405, "METHOD_NOT_ALLOWED"), Map.entry(406, "NOT_ACCEPTABLE"),
            Map.entry(413, "PAYLOAD_TOO_LARGE"), Map.entry(414, "URI_TOO_LONG"), Map.entry(415, "UNSUPPORTED_MEDIA_TYPE"),
            Map.entry(429, "TOO_MANY_REQUESTS"), Map.entry(431, "HEADERS_TOO_LARGE"), Map.entry(500, "INTERNAL_ERROR"),
            Map.entry(503, "SERVICE_UNAVAILABLE"));
    private static final Map<Integer, String> MESSAGES = Map.of(
            401, "this path needs a login: send Authorization: Bearer <access_token> from POST /login (or its JWT"
                    + " cookie); the token may have expired, or its account been disabled or its password changed",
            403, "this account's role may not use this path",
            404, "no resource at this path",
            405, "this path does not take this method",
            406, "this path answers only application/json",
            413, "the request (its body, or its line or headers) exceeds the size limit",
            415, "the body must be application/json",
            500, "the service failed to process this request; it has been logged");

    @Override
    public MutableHttpResponse<ErrorBody> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        String code = CODES.getOrDefault(status, status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST");
        String message = MESSAGES.getOrDefault(status, context.getErrors().isEmpty()
                ? "the request cannot be served (HTTP " + status + ")" : context.getErrors().get(0).getMessage());
        ErrorBody body = new ErrorBody(code, message, context.getRequest().getPath());
        return response.body(context.getRequest().getMethod() == HttpMethod.HEAD ? null : body)
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
