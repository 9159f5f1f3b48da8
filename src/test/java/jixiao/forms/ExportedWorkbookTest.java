package jixiao.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jixiao.indicator.Decimals;
import jixiao.scoring.EvaluationResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person sees in the exported 绩效自评表, read back with POI, and that LibreOffice opens it. */
class ExportedWorkbookTest {
    static ImportedForm form;
    static EvaluationResult result;
    static byte[] xlsx;

    @BeforeAll
    static void export() {
        form = Forms.only("property-management-self-assessment.xlsx").withScoringTable("mof-project");
        result = Forms.Scoring.EVALUATOR.evaluate(form.declaration(), form.assessment());
        xlsx = new SelfAssessmentExport(Forms.WORDS).write(form.declaration(), form.assessment(), result);
    }

    @Test
    void theFormShowsEachIndicatorsScoreAndStatusInChineseAndTheTotalAndGrade() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(List.of("自评表", "得分汇总", "偏差"), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("项目支出绩效自评表", sheet.getRow(0).getCell(0).getStringCellValue());
            Row header = find(sheet, "一级指标");
            List<String> heads = texts(header);
            int score = heads.indexOf("评定得分");
            int status = heads.indexOf("完成状态");
            int id = heads.indexOf("指标编号");
            assertTrue(sheet.isColumnHidden(id));
            Row sampled = sheet.getRow(header.getRowNum() + 2); // 随机抽查公共区域: 4 of ≥5
            EvaluationResult.Indicator r2 = result.indicators().get(1);
            assertEquals("r2", sampled.getCell(id).getStringCellValue());
            assertEquals(Decimals.round2(r2.score()).doubleValue(), sampled.getCell(score).getNumericCellValue(), 1e-9);
            assertEquals(CellType.NUMERIC, sampled.getCell(score).getCellType()); // numbers as numbers
            assertEquals("部分达成", sampled.getCell(status).getStringCellValue());
            assertEquals(r2.explanation(), sampled.getCell(heads.indexOf("评分说明")).getStringCellValue());
            Row total = find(sheet, "总分");
            assertEquals(Decimals.round2(result.totalScore()).doubleValue(), total.getCell(score).getNumericCellValue(), 1e-9);
            assertEquals("等级：" + result.grade(), total.getCell(status).getStringCellValue());
            assertEquals(result.deviations().size(), wb.getSheetAt(2).getLastRowNum());
            PrintSetup print = sheet.getPrintSetup();
            assertTrue(print.getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertEquals("宋体", wb.getFontAt(sampled.getCell(score).getCellStyle().getFontIndex()).getFontName());
        }
    }

    @Test
    void libreOfficeOpensItAndShowsTheScores(@TempDir Path dir) throws Exception {
        assumeTrue(LibreOffice.installed(), "LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui)");
        String csv = LibreOffice.firstSheetAsCsv(xlsx, dir);
        assertTrue(csv.contains("项目支出绩效自评表"), csv);
        assertTrue(csv.contains("总分") && csv.contains(Decimals.show(result.totalScore())), csv);
        assertTrue(csv.contains("部分达成"), csv);
    }

    private static Row find(XSSFSheet sheet, String first) {
        DataFormatter f = new DataFormatter();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (first.equals(f.formatCellValue(c))) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with " + first);
    }

    private static List<String> texts(Row row) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            out.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
        }
        return out;
    }
}
