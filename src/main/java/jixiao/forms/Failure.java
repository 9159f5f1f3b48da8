package jixiao.forms;

import org.apache.poi.poifs.filesystem.FileMagic;

/** Why POI could not read a file, in a short English sentence for {@link FormProblem}. */
final class Failure {
    private Failure() {
    }

    static String describe(Throwable e, FormLimits limits) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.startsWith("XML part ")) {
                return Declared.ascii(m, 160);
            }
            if (m.contains("max size of the expanded data") || m.contains("exceed the max size")) {
                return "an entry of the archive inflates beyond " + limits.maxZipEntryBytes() + " bytes";
            }
            if (m.contains("Zip bomb")) {
                return "an entry of the archive inflates more than " + Math.round(1 / limits.minInflateRatio())
                        + " times its compressed size (a zip bomb)";
            }
            if (m.contains("max file count") || m.contains("number of entries")) {
                return "the archive has more than " + PoiGuards.MAX_ENTRIES + " entries";
            }
            if (t instanceof org.apache.poi.hssf.OldExcelFormatException) {
                return "it is an Excel 5.0/95 workbook; save it as .xls (97–2003) or .xlsx";
            }
            if (t instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                    || t instanceof java.util.zip.ZipException || m.contains("Truncated") || m.contains("truncated")) {
                return "the archive is corrupt or truncated";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? "" : ": " + Declared.ascii(root.getMessage().lines().findFirst().orElse(""), 160);
        return "it is corrupt or not what it claims to be (" + root.getClass().getSimpleName() + m + ")";
    }

    static String magicName(FileMagic magic) {
        return switch (magic) {
            case PNG -> "a PNG image";
            case JPEG -> "a JPEG image";
            case GIF -> "a GIF image";
            case BMP -> "a BMP image";
            case TIFF -> "a TIFF image";
            case PDF -> "a PDF document";
            case HTML -> "an HTML page";
            case RTF -> "an RTF document";
            case WORD2 -> "a Word 2 document";
            default -> "a " + magic.name() + " file";
        };
    }
}
