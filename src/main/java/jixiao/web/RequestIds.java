package jixiao.web;

import io.micronaut.http.HttpRequest;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The id of each request, which every answer carries as {@code X-Request-Id} and every error body as
 * {@code requestId}: the client's own when it is sane, else a new one. Given once per request (kept as one of
 * its attributes), by the first filter ({@code jixiao.ops.RequestLog}) or, for a request the framework answers
 * before any filter runs (a request line or headers too long), by {@link ErrorShape}.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "jixiao.requestId";

    private RequestIds() {
    }

    /** The request's id, given now (and kept with the request) if it has none yet. */
    public static String of(HttpRequest<?> request) {
        return given(request).orElseGet(() -> {
            String id = idOf(request.getHeaders().get(HEADER));
            request.setAttribute(ATTRIBUTE, id);
            return id;
        });
    }

    /** The id given to the request so far, if any. */
    public static Optional<String> given(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class);
    }

    /** The client's id when it is 1–64 characters of [A-Za-z0-9._-], else a new random one. */
    static String idOf(String sent) {
        return sane(sent) ? sent : newId();
    }

    private static boolean sane(String id) {
        if (id == null || id.isEmpty() || id.length() > 64) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A random (version 4) UUID from the thread's own generator: the id only tells requests apart in the log, it
     * guards nothing, so it needs no {@link java.security.SecureRandom}, whose shared source every request would
     * otherwise queue on.
     */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;  // version 4
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;  // IETF variant
        return new UUID(high, low).toString();
    }
}
