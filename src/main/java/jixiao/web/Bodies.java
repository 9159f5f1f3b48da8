package jixiao.web;

import io.micronaut.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a request body must be before it is read: not blank, and of a content type its route takes. */
public final class Bodies {
    private Bodies() {
    }

    /** A body of nothing but whitespace (an empty one included) is no body: {@code 400 MISSING_BODY}. */
    public static boolean isBlank(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            int b = body[i] & 0xFF;
            if (b >= 0x80) {  // rare: text beyond ASCII, judged whole
                return new String(body, i, body.length - i, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
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
}
