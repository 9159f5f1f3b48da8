package jixiao.ops;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.security.Principal;
import jixiao.web.ErrorBody;
import jixiao.web.ErrorCodes;
import jixiao.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request (method, route, status, time, user, request id; never a body, a query string or a
 * header's value), and the request id on every answer: the client's own {@code X-Request-Id} when it is sane,
 * else a new one; also in every error body. First of the filters, so its answer side runs last and sees the
 * answers of the others (an authentication failure too).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestLog implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger("jixiao.request");
    private static final String START = "jixiao.requestStart";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @RequestFilter
    void arrived(HttpRequest<?> request) {
        request.setAttribute(START, System.nanoTime());
        RequestIds.of(request);
    }

    @ResponseFilter
    void answered(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = RequestIds.of(request);
        response.header(RequestIds.HEADER, id);
        Object body = response.getBody().orElse(null);
        if (body instanceof ErrorBody error && error.requestId() == null) {
            ((MutableHttpResponse<Object>) response).body(error.withRequestId(id));
        } else if (body == null && response.code() >= 400 && request.getMethod() != HttpMethod.HEAD) {
            // an answer a filter of the framework gave by its status alone (its CORS check): the API's shape too
            ((MutableHttpResponse<Object>) response).body(ErrorCodes.body(response.code(), request.getPath())
                    .withRequestId(id)).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        long start = request.getAttribute(START, Long.class).orElse(System.nanoTime());
        // tenths of a millisecond, rounded; written as "12.3" without String.format (its parser costs per line)
        long tenths = (System.nanoTime() - start + 50_000) / 100_000;
        String ms = (tenths / 10) + "." + (tenths % 10);
        String route = BasicHttpAttributes.getUriTemplate(request).orElse("-");
        String user = request.getUserPrincipal().map(Principal::getName).orElse("-");
        LOG.atInfo().addKeyValue("requestId", id).addKeyValue("method", request.getMethodName())
                .addKeyValue("route", route).addKeyValue("status", response.code())
                .addKeyValue("ms", tenths / 10.0).addKeyValue("user", user)
                .log("{} {} {} {} {} ms user={} id={}", request.getMethodName(), route, printable(request.getPath()),
                        response.code(), ms, user, id);
    }

    /** A path as the log shows it: at most 200 characters, no control characters (a client chose it). */
    static String printable(String path) {
        String p = path.length() > 200 ? path.substring(0, 200) + "…" : path;
        for (int i = 0; i < p.length(); i++) {
            if (control(p.charAt(i))) {  // rare: copied and replaced only then
                return cleaned(p);
            }
        }
        return p;
    }

    /** A control character as the regular expression {@code \p{Cntrl}} has it: U+0000–U+001F and U+007F. */
    private static boolean control(char c) {
        return c < 0x20 || c == 0x7F;
    }

    private static String cleaned(String p) {
        char[] chars = p.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (control(chars[i])) {
                chars[i] = '?';
            }
        }
        return new String(chars);
    }
}
