package jixiao.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import jixiao.web.ErrorBody;

/** Accounts' own refusals in the API's error shape: 429 with Retry-After, and a failed login (401). */
final class AccountErrors {
    private AccountErrors() {
    }

    @Singleton
    @Produces
    static final class ThrottledHandler implements ExceptionHandler<LoginThrottle.Throttled, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, LoginThrottle.Throttled e) {
            return HttpResponse.<ErrorBody>status(HttpStatus.TOO_MANY_REQUESTS)
                    .body(new ErrorBody("TOO_MANY_REQUESTS", e.getMessage(), request.getPath()))
                    .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        }
    }

    /** Wrong username or password, or a disabled account: one answer for all, so none is revealed. */
    static final class LoginFailed extends RuntimeException {
        LoginFailed() {
            super("the username or password is wrong, or the account is disabled");
        }
    }

    @Singleton
    @Produces
    static final class LoginFailedHandler implements ExceptionHandler<LoginFailed, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, LoginFailed e) {
            return HttpResponse.<ErrorBody>status(HttpStatus.UNAUTHORIZED)
                    .body(new ErrorBody("LOGIN_FAILED", e.getMessage(), request.getPath()))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
