package jixiao.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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

    /** A body (or one document of a stream) over its size limit: answered 413. */
    public static final class BodyTooLarge extends RuntimeException {
        public BodyTooLarge(String message) {
            super(message);
        }
    }
}
