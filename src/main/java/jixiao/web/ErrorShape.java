package jixiao.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * The body of every error the framework answers itself (no route, wrong method, wrong content type, a
 * request line or headers too long …): the API's shape, whatever the client accepts, in place of
 * Micronaut's {@code {"message","_links"}}. The path is the request's.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ErrorShape implements ErrorResponseProcessor<ErrorBody> {
    @Override
    public MutableHttpResponse<ErrorBody> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        String code = ErrorCodes.code(status);
        String message = ErrorCodes.message(status, context.getErrors().isEmpty()
                ? "the request cannot be served (HTTP " + status + ")" : context.getErrors().get(0).getMessage());
        ErrorBody body = new ErrorBody(code, message, context.getRequest().getPath());
        return response.body(context.getRequest().getMethod() == HttpMethod.HEAD ? null : body)
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
