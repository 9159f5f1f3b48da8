package jixiao.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * The body of every error the framework answers itself (no route, wrong method, wrong content type, a
 * request line or headers too long …): the API's shape, whatever the client accepts, in place of
 * Micronaut's {@code {"message","_links"}}. The path is the request's.
 *
 * <p>A request line or headers too long are answered before any filter runs: such an answer gets its request id
 * here (header and body), and a request line that could not be read at all, for which Micronaut makes up the path
 * {@value #UNREAD}, is named as {@value #REQUEST_LINE} instead.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ErrorShape implements ErrorResponseProcessor<ErrorBody> {
    static final String UNREAD = "/bad-request";
    static final String REQUEST_LINE = "(request line)";

    @Override
    public MutableHttpResponse<ErrorBody> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        int status = response.code();
        String code = ErrorCodes.code(status);
        String message = ErrorCodes.message(status, context.getErrors().isEmpty()
                ? "the request cannot be served (HTTP " + status + ")" : context.getErrors().get(0).getMessage());
        boolean filtered = RequestIds.given(request).isPresent();
        String path = !filtered && UNREAD.equals(request.getPath()) ? REQUEST_LINE : request.getPath();
        ErrorBody body = new ErrorBody(code, message, path);
        if (!filtered) {
            String id = RequestIds.of(request);
            body = body.withRequestId(id);
            response.header(RequestIds.HEADER, id);
        }
        return response.body(request.getMethod() == HttpMethod.HEAD ? null : body)
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
