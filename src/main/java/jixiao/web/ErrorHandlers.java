package jixiao.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import jixiao.web.RequestProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps failures onto the API's one error shape {@code {"error","message","path"}}: 400 for unusable
 * requests, 413 for oversized ones, the status of an {@link ApiProblem}, 500 for our own faults. The
 * framework's own answers (404, 405, 415, unreadable arguments …) get the same shape through
 * {@link ErrorShape}. An error without a field path names the request path.
 */
public final class ErrorHandlers {
    private ErrorHandlers() {
    }

    public static MutableHttpResponse<String> respond(Json json, HttpStatus status, String code, String message, String path) {
        return HttpResponse.<String>status(status).body(json.write(new ErrorBody(code, message, path)))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** The field's path when there is one, else the request's path. */
    public static String pathOr(HttpRequest<?> request, String path) {
        return path == null || path.isEmpty() ? request.getPath() : path;
    }

    @Singleton
    @Produces
    @Requires(classes = {RequestProblem.class, ExceptionHandler.class})
    static final class RequestProblemHandler implements ExceptionHandler<RequestProblem, HttpResponse<String>> {
        private final Json json;

        RequestProblemHandler(Json json) {
            this.json = json;
        }

        @Override
        public HttpResponse<String> handle(HttpRequest request, RequestProblem e) {
            return respond(json, HttpStatus.BAD_REQUEST, e.code(), e.getMessage(), pathOr(request, e.path()));
        }
    }

    @Singleton
    @Produces
    static final class ApiProblemHandler implements ExceptionHandler<ApiProblem, HttpResponse<String>> {
        private final Json json;

        ApiProblemHandler(Json json) {
            this.json = json;
        }

        @Override
        public HttpResponse<String> handle(HttpRequest request, ApiProblem e) {
            return respond(json, e.status(), e.code(), e.getMessage(), pathOr(request, e.path()));
        }
    }

    @Singleton
    @Produces
    @Replaces(io.micronaut.http.server.exceptions.ContentLengthExceededHandler.class)
    static final class TooLargeHandler implements ExceptionHandler<ContentLengthExceededException, HttpResponse<String>> {
        private final Json json;

        TooLargeHandler(Json json) {
            this.json = json;
        }

        @Override
        public HttpResponse<String> handle(HttpRequest request, ContentLengthExceededException e) {
            return respond(json, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                    "the request body exceeds the size limit: " + e.getMessage(), request.getPath());
        }
    }

    @Singleton
    @Produces
    static final class BodyTooLargeHandler implements ExceptionHandler<Bodies.BodyTooLarge, HttpResponse<String>> {
        private final Json json;

        BodyTooLargeHandler(Json json) {
            this.json = json;
        }

        @Override
        public HttpResponse<String> handle(HttpRequest request, Bodies.BodyTooLarge e) {
            // the rest of the body was not read: the connection cannot carry another request
            return respond(json, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "PAYLOAD_TOO_LARGE", e.getMessage(), request.getPath())
                    .header("Connection", "close");
        }
    }

    /** Anything else is our fault, not the client's: logged, and answered without internals. */
    @Singleton
    @Produces
    @Requires(classes = {Exception.class, ExceptionHandler.class})
    static final class UnexpectedHandler implements ExceptionHandler<RuntimeException, HttpResponse<String>> {
        private static final Logger LOG = LoggerFactory.getLogger(UnexpectedHandler.class);
        private final Json json;

        UnexpectedHandler(Json json) {
            this.json = json;
        }

        @Override
        public HttpResponse<String> handle(HttpRequest request, RuntimeException e) {
            LOG.error("unexpected failure on {} {}", request.getMethod(), request.getPath(), e);
            return respond(json, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                    "the service failed to process this request; it has been logged", request.getPath());
        }
    }
}
