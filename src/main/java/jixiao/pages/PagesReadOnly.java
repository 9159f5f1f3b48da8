package jixiao.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import jixiao.web.ErrorBody;

/**
 * The web pages (static files at /, under src/main/resources/public) are only read: any other method on
 * their paths is a 405 in the API's error shape, where the static file handler would answer the page.
 */
@ServerFilter({"/", "/*.html", "/assets/**", "/webjars/**"})
final class PagesReadOnly implements Ordered {

    @RequestFilter
    @Nullable
    HttpResponse<ErrorBody> readOnly(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            return null;
        }
        return HttpResponse.<ErrorBody>status(HttpStatus.METHOD_NOT_ALLOWED)
                .header("Allow", "GET, HEAD")
                .body(new ErrorBody("METHOD_NOT_ALLOWED", "the web pages are only read (GET)", request.getPath()))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Override
    public int getOrder() {
        // before the security filter: a page's wrong method is a 405 for everyone
        return ServerFilterPhase.SECURITY.before() - 1;
    }
}
