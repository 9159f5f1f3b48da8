package jixiao.forms;

import java.util.Locale;
import java.util.Optional;

/** The file formats a form is read from, named as the import answers them ({@code "xlsx"} …). */
public enum Format {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    XLS("xls", "application/vnd.ms-excel"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    DOC("doc", "application/msword"),
    CSV("csv", "text/csv"),
    TSV("tsv", "text/tab-separated-values");

    private final String label;
    private final String contentType;

    Format(String label, String contentType) {
        this.label = label;
        this.contentType = contentType;
    }

    public String label() {
        return label;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isText() {
        return this == CSV || this == TSV;
    }

    /** The format a file name's extension names ({@code 自评表.XLSX} is XLSX; {@code .txt} is TSV, as pasted). */
    public static Optional<Format> ofFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).trim().toLowerCase(Locale.ROOT);
        return ext.equals("txt") ? Optional.of(TSV) : ofLabel(ext);
    }

    /** The format of a content type ({@code text/plain} is TSV, as copied from a spreadsheet). */
    public static Optional<Format> ofContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (type.equals("text/plain")) {
            return Optional.of(TSV);
        }
        for (Format f : values()) {
            if (f.contentType.equals(type)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** {@code xlsx}, {@code doc} …, as in {@code ?filename=} or a file's extension. */
    public static Optional<Format> ofLabel(String label) {
        for (Format f : values()) {
            if (f.label.equalsIgnoreCase(label)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
