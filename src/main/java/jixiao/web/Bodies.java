package jixiao.web;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jixiao.web.RequestProblem;

/** Reads a request body no larger than a limit; a larger one is refused before it is held whole. */
public final class Bodies {
    /** How much of an oversized body is read and dropped, so the connection can carry the next request. */
    private static final long DRAIN_FACTOR = 16;

    private Bodies() {
    }

    private static void drain(InputStream in, long atMost) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long dropped = 0;
        int n;
        while (dropped < atMost && (n = in.read(sink)) > 0) {
            dropped += n;
        }
    }

    /** The body as UTF-8 text, or {@link BodyTooLarge} once more than {@code maxBytes} have arrived. */
    public static String read(InputStream in, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    drain(in, DRAIN_FACTOR * maxBytes);
                    throw new BodyTooLarge("the request body exceeds the limit of " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * A JSON body: read up to {@code maxBytes}; empty or blank is {@code 400 MISSING_BODY} whatever its
     * content type; then a declared content type other than {@code application/json} (UTF-8) is
     * {@code 415 UNSUPPORTED_MEDIA_TYPE}. A body without a content type is read as JSON.
     */
    public static String json(String contentType, InputStream in, long maxBytes) {
        String body = in == null ? "" : read(in, maxBytes);
        if (body.isBlank()) {
            throw new RequestProblem("MISSING_BODY", "the request body is empty; a JSON object is expected", "");
        }
        requireType(contentType, MediaType.APPLICATION_JSON);
        return body;
    }

    /** {@code 415} unless {@code contentType} is absent or one of {@code accepted}, in UTF-8. */
    public static void requireType(String contentType, String... accepted) {
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        String[] parts = contentType.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        boolean known = false;
        for (String a : accepted) {
            known |= a.equals(type);
        }
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                charset = p.substring("charset=".length()).replace("\"", "");
            }
        }
        if (!known || (charset != null && !charset.equals("utf-8") && !charset.equals("utf8"))) {
            String shown = contentType.length() > 100 ? contentType.substring(0, 100) + "…" : contentType;
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "the body is sent as '"
                    + shown + "'; this path takes " + String.join(" or ", accepted) + " in UTF-8", "");
        }
    }

    /** A body (or one document of a stream) over its size limit: answered 413. */
    public static final class BodyTooLarge extends RuntimeException {
        public BodyTooLarge(String message) {
            super(message);
        }
    }
}
