package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jixiao.forms.LibreOffice;
import jixiao.web.ErrorBodies;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stored year's workbooks through the real server (H2 in a file): a stored evaluation as its 自评表, and
 * the year summary as the bureau's workbook, read back with POI and compared with the JSON summary.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbookExportApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private StorageHarness app;

    @BeforeAll
    void start() throws Exception {
        app = new StorageHarness(StorageHarness.h2File(Files.createTempDirectory("jixiao-xlsx")));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void aStoredEvaluationDownloadsAsItsScoredSelfAssessment() throws Exception {
        JsonNode evaluation = submit(declare("hunan-property-management", 2061, "甲单位"), assessment("hunan-property-management"));
        String id = evaluation.get("id").asText();
        HttpResponse<byte[]> r = app.getBytes("/api/v1/evaluations/" + id + ".xlsx");
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(XLSX, r.headers().firstValue("Content-Type").orElseThrow());
        String disposition = r.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment; filename=\"jixiao-evaluation-" + id + ".xlsx\"; filename*=UTF-8''"),
                disposition);
        assertTrue(disposition.endsWith(encode("物业管理费-2061年度绩效自评表.xlsx")), disposition);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            XSSFSheet sheet = wb.getSheet("自评表");
            assertEquals("项目支出绩效自评表", sheet.getRow(0).getCell(0).getStringCellValue());
            Row total = find(sheet, "总分");
            assertTrue(numbers(total).contains(evaluation.get("totalScore").decimalValue().doubleValue()), numbers(total).toString());
        }
        // the JSON route beside it still answers the evaluation itself
        HttpResponse<String> json = app.get("/api/v1/evaluations/" + id);
        assertEquals(200, json.statusCode());
        assertEquals(id, JSON.readTree(json.body()).get("id").asText());
    }

    @Test
    void anUnknownOrMalformedEvaluationIdIsANotFoundInTheErrorShape() throws Exception {
        for (String id : List.of("00000000-0000-0000-0000-000000000000", "abc", "12345", "9".repeat(3000),
                "00000000-0000-0000-0000-00000000000x")) {
            HttpResponse<String> r = app.get("/api/v1/evaluations/" + id + ".xlsx");
            assertEquals(404, r.statusCode(), id);
            JsonNode body = JSON.readTree(r.body());
            assertEquals("NOT_FOUND", body.get("error").asText(), r.body());
            ErrorBodies.assertErrorShape(body);
        }
    }

    @Test
    void theSummaryWorkbookHoldsWhatTheJsonSummaryHoldsWithNumbersAsNumbers() throws Exception {
        String a = declare("hebei-official-car-platform", 2062, "甲单位");
        String b = declare("hunan-property-management", 2062, "乙单位");
        String c = declare("jiangsu-jurong-service-centre", 2062, "丙单位");
        declare("hubei-ezhou-government-services", 2062, "丁单位");
        submit(a, assessment("hebei-official-car-platform"));
        submit(b, assessment("hunan-property-management"));
        ObjectNode missingOne = (ObjectNode) assessment("jiangsu-jurong-service-centre");
        ((ArrayNode) missingOne.get("actuals")).remove(0);  // an actual not reported: a MISSING_ACTUAL error
        submit(c, missingOne);
        JsonNode s = JSON.readTree(app.get("/api/v1/years/2062/summary").body());
        assertTrue(s.get("errors").size() > 0 && s.get("flagged").size() > 0, s.toString());

        HttpResponse<byte[]> r = app.getBytes("/api/v1/years/2062/summary.xlsx");
        assertEquals(200, r.statusCode());
        assertEquals(XLSX, r.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("filename=\"jixiao-2062-summary.xlsx\"; filename*=UTF-8''" + encode("2062年度绩效自评汇总.xlsx")));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertEquals(List.of("概览", "排名", "单位排名", "偏差", "未报送", "抽评复核"), sheetNames(wb));
            Sheet overview = wb.getSheet("概览");
            assertEquals(List.of(2062.0, 4.0, 3.0, 1.0), List.of(value(overview, "年度"), value(overview, "申报数"),
                    value(overview, "已评价"), value(overview, "未报送")));
            s.get("grades").fields().forEachRemaining(g -> assertEquals(g.getValue().asDouble(), value(overview, g.getKey()), g.getKey()));
            assertEquals(s.get("scores").get("mean").asDouble(), value(overview, "平均分"));
            assertEquals(s.get("scores").get("median").asDouble(), value(overview, "中位数"));
            assertEquals(s.get("scores").get("min").asDouble(), value(overview, "最低分"));
            assertEquals(s.get("scores").get("max").asDouble(), value(overview, "最高分"));
            JsonNode bands = s.get("distribution");
            for (String band : List.of("60 分以下", "60–70 分", "70–80 分", "80–90 分", "90 分及以上")) {
                Row row = find(overview, band);
                JsonNode expected = bands.get(row.getRowNum() - find(overview, "60 分以下").getRowNum());
                assertEquals(expected.get("from").asDouble(), row.getCell(1).getNumericCellValue(), band);
                assertEquals(expected.get("count").asDouble(), row.getCell(3).getNumericCellValue(), band);
            }

            List<Row> ranking = body(wb.getSheet("排名"), "排名");
            assertEquals(s.get("ranking").size(), ranking.size());
            for (int i = 0; i < ranking.size(); i++) {
                JsonNode ranked = s.get("ranking").get(i);
                Row row = ranking.get(i);
                assertEquals(CellType.NUMERIC, row.getCell(4).getCellType());
                assertEquals(ranked.get("rank").asDouble(), row.getCell(0).getNumericCellValue());
                assertEquals(ranked.get("unit").asText(), row.getCell(1).getStringCellValue());
                assertEquals(ranked.get("totalScore").asDouble(), row.getCell(4).getNumericCellValue());
                assertEquals(ranked.get("grade").asText(), row.getCell(5).getStringCellValue());
                assertEquals(ranked.get("deviationCount").asDouble(), row.getCell(6).getNumericCellValue());
                assertEquals(ranked.get("evaluationId").asText(), row.getCell(7).getStringCellValue());
            }
            List<Row> units = body(wb.getSheet("单位排名"), "排名");
            assertEquals(s.get("units").get(0).get("meanScore").asDouble(), units.get(0).getCell(3).getNumericCellValue());

            List<String> deviations = new ArrayList<>();
            body(wb.getSheet("偏差"), "分类").forEach(row -> deviations.add(row.getCell(0).getStringCellValue() + ":"
                    + row.getCell(1).getStringCellValue() + ":" + row.getCell(3).getStringCellValue()));
            List<String> expected = new ArrayList<>();
            s.get("errors").forEach(d -> expected.add("错误:" + d.get("unit").asText() + ":" + d.get("type").asText()));
            s.get("flagged").forEach(d -> expected.add("需复核:" + d.get("unit").asText() + ":" + d.get("type").asText()));
            assertEquals(expected, deviations);
            assertTrue(deviations.contains("错误:丙单位:MISSING_ACTUAL"), deviations.toString());
            assertTrue(deviations.contains("需复核:乙单位:SCORE_OVERCLAIMED"), deviations.toString());

            List<Row> missing = body(wb.getSheet("未报送"), "单位");
            assertEquals(1, missing.size());
            assertEquals("丁单位", missing.get(0).getCell(0).getStringCellValue());
            assertEquals("部门", missing.get(0).getCell(2).getStringCellValue());

            for (Sheet sheet : wb) {
                assertNotNull(sheet.getPaneInformation(), sheet.getSheetName() + " has no frozen rows");
                assertTrue(sheet.getPrintSetup().getLandscape(), sheet.getSheetName());
                assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
                assertEquals("宋体", wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getFontName());
            }
            Sheet ranked = wb.getSheet("排名");
            assertEquals(3, ranked.getPaneInformation().getHorizontalSplitTopRow());  // title, blank, header
            assertTrue(ranked.getColumnWidth(1) >= 2 * 3 * 256, "the unit column fits 甲单位");
        }
    }

    @Test
    void theHalfYearSummaryWorkbookCountsTheLights() throws Exception {
        String id = declare("jiangsu-jurong-service-centre-half-year", 2063, "癸单位");
        submit(id, assessment("jiangsu-jurong-service-centre-half-year"));
        JsonNode s = JSON.readTree(app.get("/api/v1/years/2063/summary?period=HALF_YEAR").body());
        HttpResponse<byte[]> r = app.getBytes("/api/v1/years/2063/summary.xlsx?period=HALF_YEAR");
        assertEquals(200, r.statusCode());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet overview = wb.getSheet("概览");
            assertEquals("2063年度预算绩效自评汇总（半年监控）", overview.getRow(0).getCell(0).getStringCellValue());
            assertEquals(s.get("lights").get("RED").asDouble(), value(overview, "红灯"));
            assertEquals(s.get("lights").get("GREEN").asDouble(), value(overview, "绿灯"));
            long lagging = body(wb.getSheet("偏差"), "分类").stream()
                    .filter(row -> row.getCell(0).getStringCellValue().equals("进度滞后")).count();
            assertEquals(s.get("flagged").size(), lagging);
        }
    }

    @Test
    void aSummaryWorkbookOfAYearOutOfRangeOrABadPeriodIsRefusedByName() throws Exception {
        HttpResponse<String> year = app.get("/api/v1/years/1999/summary.xlsx");
        assertEquals(400, year.statusCode());
        assertEquals("year", JSON.readTree(year.body()).get("path").asText());
        HttpResponse<String> period = app.get("/api/v1/years/2064/summary.xlsx?period=Q3");
        assertEquals(400, period.statusCode());
        assertEquals("period", JSON.readTree(period.body()).get("path").asText());
        HttpResponse<byte[]> empty = app.getBytes("/api/v1/years/2064/summary.xlsx");
        assertEquals(200, empty.statusCode());
    }

    @Test
    void libreOfficeOpensTheSummaryWorkbook(@TempDir Path dir) throws Exception {
        assumeTrue(LibreOffice.installed(), "LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui)");
        submit(declare("hunan-property-management", 2065, "甲单位"), assessment("hunan-property-management"));
        String csv = LibreOffice.firstSheetAsCsv(app.getBytes("/api/v1/years/2065/summary.xlsx").body(), dir);
        assertTrue(csv.contains("2065年度预算绩效自评汇总"), csv);
        assertTrue(csv.contains("平均分,97.68"), csv);
    }

    private String declare(String example, int year, String unit) throws Exception {
        ObjectNode d = (ObjectNode) JSON.readTree(StorageHarness.example(example)).get("declaration");
        d.put("year", year);
        d.put("unit", unit);
        HttpResponse<String> r = app.post("/api/v1/declarations", d.toString());
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("id").asText();
    }

    private static JsonNode assessment(String example) throws Exception {
        return JSON.readTree(StorageHarness.example(example)).get("assessment");
    }

    private JsonNode submit(String declarationId, JsonNode assessment) throws Exception {
        HttpResponse<String> r = app.post("/api/v1/declarations/" + declarationId + "/assessments", assessment.toString());
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            out.append(c < 0x80 && (Character.isLetterOrDigit(c) || "-.".indexOf(c) >= 0) ? String.valueOf((char) c)
                    : String.format("%%%02X", c));
        }
        return out.toString();
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The number beside a label in column A, which must be a numeric cell. */
    private static double value(Sheet sheet, String label) {
        Row row = find(sheet, label);
        Cell cell = row.getCell(1);
        assertEquals(CellType.NUMERIC, cell.getCellType(), label);
        return cell.getNumericCellValue();
    }

    /** The rows under the header row that starts with {@code firstHeader}, to the end of the sheet. */
    private static List<Row> body(Sheet sheet, String firstHeader) {
        Row header = find(sheet, firstHeader);
        List<Row> rows = new ArrayList<>();
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            rows.add(sheet.getRow(r));
        }
        return rows;
    }

    private static Row find(Sheet sheet, String first) {
        DataFormatter f = new DataFormatter();
        for (Row row : sheet) {
            if (row.getCell(0) != null && first.equals(f.formatCellValue(row.getCell(0)))) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + first + " in " + sheet.getSheetName());
    }

    private static List<Double> numbers(Row row) {
        List<Double> out = new ArrayList<>();
        row.forEach(c -> {
            if (c.getCellType() == CellType.NUMERIC) {
                out.add(c.getNumericCellValue());
            }
        });
        return out;
    }
}
