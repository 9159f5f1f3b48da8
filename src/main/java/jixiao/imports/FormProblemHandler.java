package jixiao.imports;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import jixiao.forms.FormProblem;
import jixiao.web.ErrorBody;

/** A file the import refuses: its code's status (400, 413, 415, 422) in the API's error shape, naming the request path. */
@Singleton
@Produces
final class FormProblemHandler implements ExceptionHandler<FormProblem, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, FormProblem e) {
        return HttpResponse.<ErrorBody>status(HttpStatus.valueOf(e.code().httpStatus()))
                .body(new ErrorBody(e.code().name(), e.getMessage(), request.getPath()))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
