package jixiao.web;

import jixiao.scoring.InputProblem;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.BufferLengthExceededHandler;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One handler for each kind of failure, each answering in the API's one error shape
 * {@code {"error","message","path"}}: a request that cannot be used (400, the field's path), a status of
 * its own ({@link ApiProblem}), an id that names nothing (404), a body over its limit (413), a query or
 * path parameter the framework cannot convert (400, the parameter's name), a missing body or argument, a form
 * body that cannot be decoded (400), and our own faults (500). The framework's other answers (no route, wrong method …) get the shape from
 * {@link ErrorShape}. An error without a field path names the request path.
 */
public final class ErrorHandlers {
    private ErrorHandlers() {
    }

    static MutableHttpResponse<ErrorBody> respond(HttpStatus status, String code, String message, String path) {
        return HttpResponse.<ErrorBody>status(status).body(new ErrorBody(code, message, path))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** The field's path when there is one, else the request's path. */
    static String pathOr(HttpRequest<?> request, String path) {
        return path == null || path.isEmpty() ? request.getPath() : path;
    }

    @Singleton
    @Produces
    static final class RequestProblemHandler implements ExceptionHandler<InputProblem, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, InputProblem e) {
            return respond(HttpStatus.BAD_REQUEST, e.code(), e.getMessage(), pathOr(request, e.path()));
        }
    }

    @Singleton
    @Produces
    static final class ApiProblemHandler implements ExceptionHandler<ApiProblem, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, ApiProblem e) {
            return respond(e.status(), e.code(), e.getMessage(), pathOr(request, e.path()));
        }
    }

    /** An id in the path that names nothing stored: a segment of the request path, which the error names (api.md). */
    @Singleton
    @Produces
    static final class NotFoundHandler implements ExceptionHandler<NotFound, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, NotFound e) {
            return respond(HttpStatus.NOT_FOUND, "NOT_FOUND", e.getMessage(), request.getPath());
        }
    }

    /** A body larger than the server takes at all ({@code micronaut.server.max-request-size}). */
    @Singleton
    @Produces
    @Replaces(ContentLengthExceededHandler.class)
    static final class TooLargeHandler implements ExceptionHandler<ContentLengthExceededException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, ContentLengthExceededException e) {
            return respond(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                    "the request body exceeds the size limit: " + e.getMessage(), request.getPath());
        }
    }

    /** A body bound whole larger than the server holds in memory ({@code micronaut.server.max-request-buffer-size}). */
    @Singleton
    @Produces
    @Replaces(BufferLengthExceededHandler.class)
    static final class TooLargeToHoldHandler implements ExceptionHandler<BufferLengthExceededException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, BufferLengthExceededException e) {
            return respond(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                    "the request body exceeds the limit of " + e.getAdvertisedLength() + " bytes", request.getPath());
        }
    }

    /**
     * A query or path parameter that is not of its type ({@code year=twenty}, {@code period=Q3}): it is named;
     * a path id that cannot name anything stored is a 404 ({@link NotFound}).
     */
    @Singleton
    @Produces
    @Replaces(ConversionErrorHandler.class)
    static final class ConversionHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, ConversionErrorException e) {
            if (e.getConversionError().getCause() instanceof NotFound notFound) {  // an id that cannot name anything
                return respond(HttpStatus.NOT_FOUND, "NOT_FOUND", notFound.getMessage(), request.getPath());
            }
            String name = e.getArgument().getName();
            Class<?> type = e.getArgument().getType();
            String message = type.isEnum() ? name + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "))
                    : Number.class.isAssignableFrom(type) || type.isPrimitive() ? name + " must be a whole number"
                    : name + " cannot be read: " + e.getConversionError().getCause().getMessage();
            return respond(HttpStatus.BAD_REQUEST, "INVALID_VALUE", message, name);
        }
    }

    /** A route's body or argument that was not sent at all. */
    @Singleton
    @Produces
    @Replaces(UnsatisfiedRouteHandler.class)
    static final class UnsatisfiedHandler implements ExceptionHandler<UnsatisfiedRouteException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, UnsatisfiedRouteException e) {
            if (e instanceof UnsatisfiedBodyRouteException) {
                return respond(HttpStatus.BAD_REQUEST, "MISSING_BODY", "the request body is empty; a JSON object is expected",
                        request.getPath());
            }
            String name = e.getArgument().getName();
            return respond(HttpStatus.BAD_REQUEST, "MISSING_FIELD", name + " is required", name);
        }
    }

    /**
     * A form body the framework's decoder cannot read (netty's, for {@code application/x-www-form-urlencoded} and
     * {@code multipart/form-data}: a %-escape that is not two hex digits, a cut one …): the client's error, not
     * ours, whichever route binds the form. MALFORMED_JSON is the code api.md gives a body that cannot be read.
     */
    @Singleton
    @Produces
    static final class UndecodableFormHandler
            implements ExceptionHandler<HttpPostRequestDecoder.ErrorDataDecoderException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, HttpPostRequestDecoder.ErrorDataDecoderException e) {
            String why = e.getMessage() == null ? "" : e.getMessage();
            return respond(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "the form body cannot be decoded ("
                    + (why.length() > 100 ? why.substring(0, 100) + "…" : why) + "); a form is sent "
                    + "application/x-www-form-urlencoded, its %-escapes of UTF-8 bytes", request.getPath());
        }
    }

    /** Anything else is our fault, not the client's: logged, and answered without internals. */
    @Singleton
    @Produces
    static final class UnexpectedHandler implements ExceptionHandler<RuntimeException, HttpResponse<ErrorBody>> {
        private static final Logger LOG = LoggerFactory.getLogger(UnexpectedHandler.class);

        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, RuntimeException e) {
            LOG.error("unexpected failure on {} {}", request.getMethod(), request.getPath(), e);
            return respond(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                    "the service failed to process this request; it has been logged", request.getPath());
        }
    }
}
