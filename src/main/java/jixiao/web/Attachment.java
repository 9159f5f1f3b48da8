package jixiao.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A file answered for download: its content type and a {@code Content-Disposition: attachment} naming it
 * twice, an ASCII {@code filename} for old clients and the Chinese name as RFC 5987/6266 {@code filename*}
 * (UTF-8, percent-encoded), which browsers and curl {@code -OJ} prefer.
 */
public final class Attachment {
    /** An Excel workbook (.xlsx). */
    public static final MediaType XLSX = MediaType.MICROSOFT_EXCEL_OPEN_XML_TYPE;
    /** Longest file name offered, in characters (a declaration's name may be 1 000). */
    private static final int MAX_NAME_CHARS = 80;
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Attachment() {
    }

    /**
     * Whether a client's {@code Accept} asks for {@code type} rather than JSON, the default answer: it names
     * {@code type} itself (not through a wildcard) with a quality above 0 and at least that of any JSON it names.
     */
    public static boolean asked(List<MediaType> accept, MediaType type) {
        BigDecimal wanted = quality(accept, type);
        return wanted.signum() > 0 && wanted.compareTo(quality(accept, MediaType.APPLICATION_JSON_TYPE)) >= 0;
    }

    private static BigDecimal quality(List<MediaType> accept, MediaType type) {
        return accept.stream().filter(m -> m.getName().equalsIgnoreCase(type.getName()))
                .map(MediaType::getQualityAsNumber).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    /** {@code bytes} as an attachment named {@code name} ({@code ascii} where a client reads no UTF-8 names). */
    public static MutableHttpResponse<byte[]> of(byte[] bytes, MediaType type, String ascii, String name) {
        return HttpResponse.ok(bytes).contentType(type).header("Content-Disposition", disposition(ascii, name));
    }

    /** {@code ascii} must be printable ASCII without quotes; {@code name} is cleaned of what no file name may hold. */
    static String disposition(String ascii, String name) {
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(fileName(name, ascii));
    }

    /** A file name from free text: no path separators, control or reserved characters, at most 80 characters. */
    static String fileName(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        StringBuilder out = new StringBuilder();
        name.strip().codePoints().forEach(c -> out.appendCodePoint(
                Character.isISOControl(c) || "\\/:*?\"<>|".indexOf(c) >= 0 ? '_' : Character.isWhitespace(c) ? ' ' : c));
        String cleaned = out.toString().strip();
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_NAME_CHARS) {
            String extension = cleaned.contains(".") ? cleaned.substring(cleaned.lastIndexOf('.')) : "";
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_NAME_CHARS - extension.length())) + extension;
        }
        return cleaned.isEmpty() || cleaned.startsWith(".") ? fallback : cleaned;
    }

    /** RFC 5987 value-chars: attr-chars as they are, every other byte of the UTF-8 as %XX. */
    private static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
