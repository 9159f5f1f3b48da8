package jixiao.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A hostile or broken file is refused with a typed problem, an English message and a code the web layer
 * answers as a 4xx, within a few seconds and without reading more than the limits allow; never another
 * exception.
 */
class HostileFilesTest {
    @AfterEach
    void defaultGuards() {
        new DocumentReader(FormLimits.DEFAULT); // POI's zip guards are per JVM: back to the defaults
    }

    @Test
    void anUploadOverTwentyMegabytesIsRefusedBeforeItIsRead() {
        refused(FormProblem.Code.PAYLOAD_TOO_LARGE, new byte[(20 << 20) + 1], "big.xlsx", "limit");
    }

    @Test
    void aPictureNamedAsAWorkbookIsUnreadable() {
        refused(FormProblem.Code.UNREADABLE_FILE, HostileFiles.png(), "自评表.xlsx", "PNG image");
    }

    @Test
    void aTruncatedWorkbookOrDocumentIsUnreadable() {
        refused(FormProblem.Code.UNREADABLE_FILE, HostileFiles.head(Forms.bytes("property-management-self-assessment.xlsx"), 0.6),
                "a.xlsx", "");
        refused(FormProblem.Code.UNREADABLE_FILE, HostileFiles.head(Forms.bytes("property-management-self-assessment.docx"), 0.5),
                "a.docx", "");
        refused(FormProblem.Code.UNREADABLE_FILE, HostileFiles.head(Forms.bytes("property-management-self-assessment.xls"), 0.5),
                "a.xls", "");
        refused(FormProblem.Code.UNREADABLE_FILE, HostileFiles.head(Forms.bytes("property-management-self-assessment.doc"), 0.5),
                "a.doc", "");
    }

    @Test
    void passwordProtectedFilesAreUnreadableAndSaySo() throws Exception {
        refused(FormProblem.Code.UNREADABLE_FILE, HostileFiles.encryptedXlsx(), "a.xlsx", "password-protected");
        refused(FormProblem.Code.UNREADABLE_FILE, HostileFiles.encryptedXls(), "a.xls", "password-protected");
    }

    @Test
    void aZipBombIsStoppedByTheInflateRatio() throws Exception {
        byte[] bomb = HostileFiles.inflating(200L << 20, HostileFiles::spaces);
        assertTrue(bomb.length < 1 << 20, "the bomb itself is small: " + bomb.length);
        refused(FormProblem.Code.UNREADABLE_FILE, bomb, "bomb.xlsx", "zip bomb");
    }

    @Test
    void anEntryInflatingBeyondTheEntryLimitIsStopped() throws Exception {
        FormLimits small = new FormLimits(20L << 20, 50, 200, 5000, 200, 200_000, 20_000, 4_000_000, 1 << 20, 16 << 20, 0.01);
        byte[] big = HostileFiles.inflating(3L << 20, HostileFiles::coinFlips);
        FormProblem p = assertThrows(FormProblem.class, () -> new FormImporter(Forms.WORDS, small).read(big, "big.xlsx", null));
        assertEquals(FormProblem.Code.UNREADABLE_FILE, p.code());
        assertTrue(p.getMessage().contains("inflates beyond 1048576 bytes"), p.getMessage());
    }

    @Test
    void oneHugeTokenInASheetIsStoppedBeforeTheParserHoldsItWhole() throws Exception {
        byte[] comment = HostileFiles.inflating(12L << 20, HostileFiles::coinFlips); // under the 16 MiB entry limit
        refused(FormProblem.Code.UNREADABLE_FILE, comment, "comment.xlsx", "longer than 1048576 bytes");
    }

    @Test
    void aSmallWordFileInflatingIntoAHugeDocumentIsStoppedBeforeItsTreeIsBuilt() throws Exception {
        byte[] doc = HostileFiles.longDocument(12L << 20);
        assertTrue(doc.length < 4 << 20, "small: " + doc.length);
        refused(FormProblem.Code.UNREADABLE_FILE, doc, "long.docx", "/word/document.xml is larger than 8388608 bytes");
    }

    @Test
    void aWordFileWithALargePictureIsStillRead() throws Exception {
        byte[] docx = HostileFiles.withPicture(17 << 20);
        assertTrue(docx.length > 17 << 20 && docx.length < 20 << 20);
        assertEquals(12, Forms.IMPORTER.read(docx, "盖章.docx", null).forms().get(0).declaration().indicators().size());
    }

    @Test
    void readLimitsStopSheetsTablesRowsAndColumns() throws Exception {
        refused(FormProblem.Code.FORM_TOO_LARGE, HostileFiles.rows(6000), "long.xlsx", "sheet 1 has rows beyond the limit of 5000");
        refused(FormProblem.Code.FORM_TOO_LARGE, HostileFiles.cellAt(1_048_575, 0, false), "far.xlsx", "rows beyond");
        refused(FormProblem.Code.FORM_TOO_LARGE, HostileFiles.cellAt(0, 16_383, false), "wide.xlsx", "columns beyond");
        refused(FormProblem.Code.FORM_TOO_LARGE, HostileFiles.sheets(51), "many.xlsx", "more than 50 sheets");
        refused(FormProblem.Code.FORM_TOO_LARGE, HostileFiles.tables(201), "many.docx", "more than 200 tables");
        byte[] lines = "a,b\n".repeat(6000).getBytes(StandardCharsets.UTF_8);
        refused(FormProblem.Code.FORM_TOO_LARGE, lines, "long.csv", "the text has rows beyond");
    }

    @Test
    void aMergedRegionOverTheWholeSheetFillsOnlyWhatHasText() throws Exception {
        refused(FormProblem.Code.NO_FORM_FOUND, HostileFiles.cellAt(0, 0, true), "merged.xlsx", "no table");
        refused(FormProblem.Code.FORM_TOO_LARGE, HostileFiles.cellAt(4_999, 199, true), "merged.xlsx", "non-empty cells");
    }

    @Test
    void formatsTheImportDoesNotReadAreUnsupported() {
        refused(FormProblem.Code.UNSUPPORTED_FORMAT, "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "自评表.pdf", "'.pdf'");
        FormProblem p = assertThrows(FormProblem.class, () -> Forms.IMPORTER.read(HostileFiles.png(), null, "image/png"));
        assertEquals(FormProblem.Code.UNSUPPORTED_FORMAT, p.code());
    }

    @Test
    void emptyRandomAndMislabelledFilesAreUnreadable() throws Exception {
        refused(FormProblem.Code.UNREADABLE_FILE, new byte[0], "a.xlsx", "empty");
        refused(FormProblem.Code.UNREADABLE_FILE, HostileFiles.random(10_000), "a.doc", "");
        refused(FormProblem.Code.UNREADABLE_FILE, HostileFiles.random(10_000), "a.csv", "");
        refused(FormProblem.Code.UNREADABLE_FILE, HostileFiles.plainZip(), "a.xlsx", "");
        refused(FormProblem.Code.UNREADABLE_FILE, "三级指标,指标值\n".getBytes(StandardCharsets.UTF_8), "a.xlsx", "plain text");
    }

    @Test
    void aFileWithNoIndicatorTableIsNoForm() throws Exception {
        refused(FormProblem.Code.NO_FORM_FOUND, HostileFiles.notAForm(), "名单.xlsx", "indicator columns");
    }

    private static void refused(FormProblem.Code code, byte[] bytes, String name, String inMessage) {
        FormProblem p = assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThrows(FormProblem.class, () -> Forms.IMPORTER.read(bytes, name, null)));
        assertEquals(code, p.code(), p.getMessage());
        assertTrue(p.getMessage().contains(inMessage), p.getMessage());
        assertTrue(p.getMessage().chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '–'), "English: " + p.getMessage());
        assertTrue(code.httpStatus() >= 400 && code.httpStatus() < 500);
    }
}
