package jixiao.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Word packages written as XML into a zip, without POI: the smallest .docx POI opens (content types, the
 * package's relationship to the main part, the main part), so a test can make one of 200 000 cells in
 * milliseconds and choose the main part's name and the prefix its elements are written with.
 */
final class WordPackages {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private WordPackages() {
    }

    /**
     * A document of {@code tables} tables of {@code rows} rows of {@code cells} empty cells each, its elements
     * written with {@code prefix} ("" for the default namespace), as the part {@code mainPart}. Each row has a
     * random revision id as Word writes them: without it the part compresses over a hundred times and is
     * refused as a zip bomb; empty cells keep 200 000 of them under the 8 MiB limit of a Word part.
     */
    static byte[] tables(int tables, int rows, int cells, String prefix, String mainPart) {
        String p = prefix.isEmpty() ? "" : prefix + ":";
        String ns = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
        String cell = "<" + p + "tc><" + p + "p/></" + p + "tc>";
        Random random = new Random(tables * 31L + rows);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<")
                .append(p).append("document ").append(ns).append("=\"").append(MAIN_NS).append("\"><").append(p).append("body>");
        for (int t = 0; t < tables; t++) {
            xml.append("<").append(p).append("tbl><").append(p).append("tblPr/><").append(p).append("tblGrid/>");
            for (int r = 0; r < rows; r++) {
                xml.append("<").append(p).append("tr ").append(p).append("rsidR=\"")
                        .append(String.format("%08X", random.nextInt())).append("\">");
                xml.append(cell.repeat(cells)).append("</").append(p).append("tr>");
            }
            xml.append("</").append(p).append("tbl><").append(p).append("p/>");
        }
        xml.append("</").append(p).append("body></").append(p).append("document>");
        return docx(mainPart, xml.toString());
    }

    /** A package whose main part {@code name} (like {@code word/document.xml}) is {@code xml}. */
    static byte[] docx(String name, String xml) {
        return docx(name, xml, null);
    }

    /**
     * A package whose main part {@code name} is {@code xml} and, unless null, whose default header (a part
     * POI parses with the document) is {@code header}: the main part refers to it as {@code rId1}.
     */
    static byte[] docx(String name, String xml, String header) {
        String type = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        String rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        String relsNs = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/" + name + "\" ContentType=\"" + type + "document.main+xml\"/>"
                    + (header == null ? "" : "<Override PartName=\"/word/header1.xml\" ContentType=\"" + type + "header+xml\"/>")
                    + "</Types>");
            entry(zip, "_rels/.rels", HEAD + relsNs + "<Relationship Id=\"rId1\" Type=\"" + rels + "officeDocument\" Target=\"/"
                    + name + "\"/></Relationships>");
            entry(zip, name, xml);
            if (header != null) {
                String dir = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
                String file = name.substring(dir.length());
                entry(zip, dir + "_rels/" + file + ".rels", HEAD + relsNs + "<Relationship Id=\"rId1\" Type=\"" + rels
                        + "header\" Target=\"/word/header1.xml\"/></Relationships>");
                entry(zip, "word/header1.xml", header);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
