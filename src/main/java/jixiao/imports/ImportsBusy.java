package jixiao.imports;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import jixiao.web.ErrorBody;

/** Every import slot stayed taken for the whole wait: 503 {@code IMPORTS_BUSY} with Retry-After, in the error shape. */
final class ImportsBusy extends RuntimeException {
    private final long retryAfterSeconds;

    ImportsBusy(long retryAfterSeconds, int permits) {
        super("the service is reading " + permits + " other files; try again in " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Singleton
    @Produces
    static final class Handler implements ExceptionHandler<ImportsBusy, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, ImportsBusy e) {
            return HttpResponse.<ErrorBody>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new ErrorBody("IMPORTS_BUSY", e.getMessage(), request.getPath()))
                    .header("Retry-After", Long.toString(e.retryAfterSeconds))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
