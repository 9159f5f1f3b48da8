package jixiao.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The layer below the forms: files as tables of cells, each knowing where it is and whether it is merged. */
class DocumentReaderTest {
    private static final DocumentReader READER = new DocumentReader(FormLimits.DEFAULT);

    @Test
    void workbookCellsAreNamedBySheetAndMergedCellsFilledDown() {
        Grid sheet = read("property-management-self-assessment.xlsx").grids().get(0);
        assertEquals("自评表", sheet.name());
        assertEquals(new Cell("≥1次/月", "自评表!E13", false), sheet.cell(12, 4));
        assertEquals(new Cell("产出指标", "自评表!B14", true), sheet.cell(13, 1)); // 产出指标 merged down
        assertEquals(new Cell("项目支出绩效自评表", "自评表!I1", true), sheet.cell(0, 8)); // and across
    }

    @Test
    void wordCellsAreNamedByTableRowAndColumnWithTheParagraphsBefore() {
        Document doc = read("property-management-self-assessment.docx");
        Grid table = doc.grids().get(0);
        assertEquals(new Cell("≥1次/月", "表1 第11行第5列", false), table.cell(10, 4));
        assertEquals(new Cell("产出指标", "表1 第12行第2列", true), table.cell(11, 1)); // vMerge
        assertEquals(new Cell("物业管理费", "表1 第1行第9列", true), table.cell(0, 8)); // gridSpan
        assertEquals("项目支出绩效自评表", table.preamble().get(0).text());
        assertEquals("夏季持续高温，部分苗木枯死；\n已于9月补种", table.cell(18, 8).text()); // two paragraphs of a cell
    }

    @Test
    void aDocWithoutAGridHasItsColumnsFromTheCellEdges() {
        Grid doc = read("ezhou-government-services-targets.doc").grids().get(0);
        Grid docx = read("ezhou-government-services-targets.docx").grids().get(0);
        assertEquals(docx.width(), doc.width());
        for (int r = 0; r < docx.height(); r++) {
            assertEquals(docx.row(r), doc.row(r), "row " + (r + 1));
        }
    }

    @Test
    void pastedTextKeepsQuotedLineBreaksAndLeavesMergedCellsEmpty() {
        Grid text = read("property-management-self-assessment.tsv").grids().get(0);
        assertEquals("夏季持续高温，部分苗木枯死；\n已于9月补种", text.cell(20, 8).text());
        assertEquals(new Cell("", "B15", false), text.cell(14, 1));
        Grid gb = read("property-management-self-assessment.csv").grids().get(0);
        assertEquals(text.cell(20, 8), gb.cell(20, 8)); // GB18030, comma-separated
    }

    @Test
    void contentDecidesTheFormatAndAMismatchIsAWarning() {
        Document doc = READER.read(Forms.bytes("property-management-self-assessment.xls"), "自评表.xlsx", null);
        assertEquals(Format.XLS, doc.format());
        assertEquals(java.util.List.of(new FormWarning("", "文件扩展名为 .xlsx，内容为 .xls，已按 .xls 读取")), doc.warnings());
        Document unnamed = READER.read(Forms.bytes("property-management-self-assessment.docx"), null, "application/octet-stream");
        assertEquals(Format.DOCX, unnamed.format());
        assertTrue(unnamed.warnings().isEmpty());
    }

    @Test
    void aLongCellIsCutToTheCellLimitWithAWarning() {
        FormLimits small = new FormLimits(FormLimits.DEFAULT.maxBytes(), 50, 200, 5000, 200, 200_000, 10,
                4_000_000, FormLimits.DEFAULT.maxZipEntryBytes(), FormLimits.DEFAULT.maxXmlPartBytes(),
                FormLimits.DEFAULT.minInflateRatio());
        Document doc = new DocumentReader(small).read("第一列,一二三四五六七八九十十一\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "a.csv", null);
        assertEquals("一二三四五六七八九十", doc.grids().get(0).cell(0, 1).text());
        assertFalse(doc.warnings().isEmpty());
        assertEquals("B1", doc.warnings().get(0).cell());
        new DocumentReader(FormLimits.DEFAULT); // POI's guards back to the defaults for the other tests
    }

    private static Document read(String file) {
        return READER.read(Forms.bytes(file), file, null);
    }
}
