package jixiao.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A Word file with more tables or table cells than the read limits is refused by the quick pass over its
 * bytes, before POI builds the document's tree: 300 tables in 73 KB took seconds of CPU to parse only to be
 * refused after. The refusal is the one the reader gives (413 FORM_TOO_LARGE), and its stack shows where it
 * came from: the prescan, not the reader of POI's tables.
 */
class WordPrescanTest {
    @Test
    void moreTablesThanTheLimitAreRefusedBeforeTheTreeIsBuilt() throws Exception {
        FormProblem p = refused(HostileFiles.tables(201), "the document has more than 200 tables");
        assertFromThePrescan(p);
    }

    @Test
    void moreCellsThanTheLimitAreRefusedBeforeTheTreeIsBuilt() {
        byte[] docx = WordPackages.tables(41, 1_000, 5, "w", "word/document.xml"); // 205 000 cells in 41 tables
        assertTrue(docx.length < 1 << 20, "small: " + docx.length);
        FormProblem p = refused(docx, "the file has more than 200000 table cells, empty ones counted too");
        assertFromThePrescan(p);
    }

    @Test
    void theElementsAreKnownByTheirLocalNameWhateverTheirPrefixAndWhereverTheMainPartIs() {
        for (String prefix : List.of("", "ns0", "wordml")) {
            byte[] docx = WordPackages.tables(201, 1, 1, prefix, "doc/main.xml");
            assertFromThePrescan(refused(docx, "the document has more than 200 tables"));
        }
    }

    @Test
    void aDocumentAtTheLimitsIsRead() throws Exception {
        FormProblem p = assertThrows(FormProblem.class, () -> Forms.IMPORTER.read(HostileFiles.tables(200), "200.docx", null));
        assertEquals(FormProblem.Code.NO_FORM_FOUND, p.code(), p.getMessage()); // read, and no form in it
    }

    @Test
    void onlyTheStartTagsOfTablesAndCellsAreCounted() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!-- <w:tbl> --><w:document xmlns:w=\"" + WordPackages.MAIN_NS + "\"><w:body>"
                + "<w:tbl><w:tblPr><w:tblW w:w=\"0\"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>"
                + "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"1\"/></w:tcPr><w:p><w:r><w:t>&lt;w:tc&gt;<![CDATA[<w:tc>]]></w:t></w:r></w:p></w:tc>"
                + "<w:tc\n><w:p a=\"x>y\" b='<w:tc>'/><?pi <w:tbl>?><w:tbl/></w:tc><averyveryveryveryveryveryverylongprefix:tc/>"
                + "<w:tcc/><tc/></w:tr></w:tbl><w:p/></w:body></w:document>";
        TableTags tags = new TableTags(FormLimits.DEFAULT);
        try (XmlLimit in = new XmlLimit(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), 1 << 20, "doc", tags)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        assertEquals(2, tags.tables()); // one nested, written as an empty element
        assertEquals(4, tags.cells());
    }

    private static FormProblem refused(byte[] docx, String message) {
        FormProblem p = assertThrows(FormProblem.class, () -> Forms.IMPORTER.read(docx, "many.docx", null));
        assertEquals(FormProblem.Code.FORM_TOO_LARGE, p.code(), p.getMessage());
        assertEquals(413, p.code().httpStatus());
        assertTrue(p.getMessage().startsWith(message), p.getMessage());
        return p;
    }

    /** Thrown while the prescan read the bytes: no frame of POI's Word model or of the reader of its tables. */
    private static void assertFromThePrescan(FormProblem p) {
        List<StackTraceElement> stack = Arrays.asList(p.getStackTrace());
        String frames = stack.stream().filter(e -> e.getClassName().startsWith("jixiao") || e.getClassName().startsWith("org.apache"))
                .limit(12).map(StackTraceElement::toString).collect(Collectors.joining("\n  "));
        assertTrue(stack.stream().anyMatch(e -> e.getClassName().equals(XmlLimit.class.getName())
                && e.getMethodName().equals("prescan")), "thrown in the prescan:\n  " + frames);
        assertTrue(stack.stream().noneMatch(e -> e.getClassName().startsWith("org.apache.poi.xwpf")
                || e.getClassName().equals(DocxReader.class.getName())), "not after POI parsed:\n  " + frames);
    }
}
