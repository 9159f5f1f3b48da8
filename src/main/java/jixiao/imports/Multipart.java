package jixiao.imports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.web.RequestProblem;

/**
 * The part {@code file} of a {@code multipart/form-data} body (RFC 7578), with the file name and content
 * type its headers give. Read from the bytes already counted against the upload limit; other parts are
 * skipped.
 */
final class Multipart {
    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=(\"([^\"]+)\"|[^;\\s]+)");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");
    private static final byte[] CRLF2 = {'\r', '\n', '\r', '\n'};

    private Multipart() {
    }

    static Upload file(byte[] body, String contentType) {
        Matcher b = BOUNDARY.matcher(contentType);
        if (!b.find()) {
            throw malformed("the multipart/form-data content type names no boundary");
        }
        String boundary = b.group(2) != null ? b.group(2) : b.group(1);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break;  // the closing delimiter
            }
            int headersEnd = indexOf(body, CRLF2, start);
            if (headersEnd < 0) {
                throw malformed("a part of the multipart body has no end of its headers");
            }
            int end = indexOf(body, next, headersEnd + CRLF2.length);
            if (end < 0) {
                throw malformed("a part of the multipart body is not closed by its boundary");
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            if ("file".equals(header(headers, "content-disposition", NAME))) {
                byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + CRLF2.length, end);
                return new Upload(content, header(headers, "content-disposition", FILE_NAME),
                        headerValue(headers, "content-type"));
            }
            at = end + 2;
        }
        throw new RequestProblem("MISSING_FIELD", "the multipart/form-data body has no field 'file'", "file");
    }

    /** A parameter of one header of a part ({@code name}, {@code filename} of its Content-Disposition). */
    private static String header(String headers, String name, Pattern parameter) {
        String value = headerValue(headers, name);
        if (value == null) {
            return null;
        }
        Matcher m = parameter.matcher(value);
        return m.find() ? m.group(1) : null;
    }

    private static String headerValue(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static RequestProblem malformed(String why) {
        return new RequestProblem("MALFORMED_MULTIPART", why, "");
    }
}
