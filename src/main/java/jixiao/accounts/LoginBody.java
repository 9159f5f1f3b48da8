package jixiao.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import jixiao.web.Bodies;
import jixiao.web.ErrorBody;

/**
 * {@code POST /login} without a body, or with a blank one, is {@code 400 MISSING_BODY} whatever its content type
 * (api.md), before a route binds it: the form's route would take an empty form for a missing username. The body
 * of a login is small; read whole here, it is bound by its route after.
 */
@ServerFilter(value = "/login", methods = HttpMethod.POST)
final class LoginBody {

    @RequestFilter
    @Nullable
    HttpResponse<ErrorBody> required(HttpRequest<?> request, @Nullable @Body byte[] body) {
        if (body != null && !Bodies.isBlank(body)) {
            return null;
        }
        return HttpResponse.<ErrorBody>status(HttpStatus.BAD_REQUEST).body(new ErrorBody("MISSING_BODY",
                        "the request body is empty; a login is sent as application/json ({\"username\",\"password\"}) or "
                                + "as a form (application/x-www-form-urlencoded)", request.getPath()))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
