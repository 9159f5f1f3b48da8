package jixiao.forms;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The format a file is declared as: its name's extension, else its content type. A name or content type
 * the import does not read is refused as {@link FormProblem.Code#UNSUPPORTED_FORMAT}; a generic one
 * ({@code application/octet-stream}, a name without extension) leaves the content to decide.
 */
final class Declared {
    private static final Set<String> GENERIC_TYPES = Set.of("", "application/octet-stream", "binary/octet-stream",
            "application/x-www-form-urlencoded", "application/zip", "application/x-zip-compressed",
            "application/vnd.ms-office", "application/x-tika-ooxml", "application/x-tika-msoffice");
    private static final String READ = "send .xlsx, .xls, .docx, .doc, .csv or tab-separated text";

    private Declared() {
    }

    static Optional<Format> format(String fileName, String contentType) {
        if (fileName != null && fileName.lastIndexOf('.') >= 0) {
            Optional<Format> byName = Format.ofFileName(fileName);
            if (byName.isEmpty()) {
                String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                throw new FormProblem(FormProblem.Code.UNSUPPORTED_FORMAT,
                        "files of type '." + ascii(ext, 20) + "' are not read; " + READ);
            }
            return byName;
        }
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (GENERIC_TYPES.contains(type) || type.startsWith("multipart/")) {
            return Optional.empty();
        }
        return Optional.of(Format.ofContentType(type).orElseThrow(() -> new FormProblem(
                FormProblem.Code.UNSUPPORTED_FORMAT, "content type '" + ascii(type, 60) + "' is not read; " + READ)));
    }

    /** A name as it may appear in an English message: printable ASCII only, at most {@code max} characters. */
    static String ascii(String s, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && out.length() < max; i++) {
            char c = s.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }
}
