package jixiao.ops;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code Date} header of every answer (RFC 9110 §6.6.1: an origin server with a clock sends one), written
 * once a second and reused: the framework's own ({@code micronaut.server.date-header}, off in application.yml)
 * formats the time anew for each answer, about 2 % of a preview's CPU under load. An answer that names its own
 * date keeps it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class DateHeader implements Ordered {
    /** IMF-fixdate: {@code Mon, 07 Dec 2026 06:43:53 GMT}. */
    static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** The second last written and its text, replaced together. */
    private record Written(long second, String text) {
    }

    private volatile Written last = new Written(Long.MIN_VALUE, "");

    @ResponseFilter
    void date(MutableHttpResponse<?> response) {
        if (!response.getHeaders().contains(HttpHeaders.DATE)) {
            response.header(HttpHeaders.DATE, now(System.currentTimeMillis() / 1000));
        }
    }

    String now(long second) {
        Written w = last;
        if (w.second() != second) {
            w = new Written(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
            last = w;
        }
        return w.text();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;  // just after the request log, whose answer side then runs after this
    }
}
