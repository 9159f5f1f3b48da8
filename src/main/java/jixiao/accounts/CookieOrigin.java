package jixiao.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.URI;
import java.util.Locale;
import jixiao.web.ErrorBody;

/**
 * A write the browser sends with the page's login cookie (no Authorization header) must come from the service's
 * own pages: its Origin (or, without one, its Referer) names the host the request was sent to. The cookie is
 * SameSite=Strict already; this also covers another site on the same host name under another port, and the
 * writes without a JSON body ({@code …/reevaluate}). Bearer tokens, which a browser never sends by itself, and
 * requests naming neither header (command-line clients) pass.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CookieOrigin implements Ordered {

    @RequestFilter
    @Nullable
    HttpResponse<ErrorBody> sameOrigin(HttpRequest<?> request) {
        if (safe(request.getMethod()) || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                || request.getCookies().findCookie(CookieToken.NAME).isEmpty()) {
            return null;
        }
        String from = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (from == null || from.isBlank()) {
            from = request.getHeaders().get(HttpHeaders.REFERER);
        }
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (from == null || from.isBlank() || authority(from).equals(host == null ? "" : host.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return HttpResponse.<ErrorBody>status(HttpStatus.FORBIDDEN)
                .body(new ErrorBody("FORBIDDEN", "a write with the login cookie must come from this service's own pages"
                        + " (Origin " + from.strip() + " is not " + host + ")", request.getPath()))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static boolean safe(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
    }

    /** {@code host:port} of an origin or URL as a browser writes it (the port only where it wrote one). */
    private static String authority(String url) {
        try {
            String a = URI.create(url.strip()).getRawAuthority();
            return a == null ? "" : a.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();  // before a forged write reaches the security rules or a route
    }
}
