package jixiao.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jixiao.web.ErrorBodies;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The preview answers the scored 自评表 as a workbook when Accept asks for one; JSON otherwise, as before. */
class PreviewWorkbookApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void acceptingAWorkbookGivesTheScoredSelfAssessmentAsAnAttachment() throws Exception {
        String example = Files.readString(Path.of("examples", "hunan-property-management.json"));
        double total = JSON.readTree(ServerHarness.post("/api/v1/evaluations/preview", example).body())
                .get("totalScore").asDouble();
        HttpResponse<byte[]> r = send(example, "application/json", XLSX);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(XLSX, r.headers().firstValue("Content-Type").orElseThrow());
        String disposition = r.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment; filename=\"jixiao-preview.xlsx\"; filename*=UTF-8''"), disposition);
        assertTrue(disposition.contains("%E7%89%A9%E4%B8%9A%E7%AE%A1%E7%90%86%E8%B4%B9-"), disposition); // 物业管理费-
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertEquals("项目支出绩效自评表", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            boolean found = false;
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    found |= c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() == total;
                }
            }
            assertTrue(found, "the total " + total + " is a number in the workbook");
        }
    }

    @Test
    void jsonStaysTheAnswerUnlessAcceptPrefersTheWorkbook() throws Exception {
        String example = Files.readString(Path.of("examples", "hunan-property-management.json"));
        for (String accept : List.of("*/*", "application/json", "text/html,application/xhtml+xml,*/*;q=0.8",
                "application/json, " + XLSX + ";q=0.5", XLSX + ";q=0")) {
            HttpResponse<byte[]> r = send(example, "application/json", accept);
            assertEquals(200, r.statusCode(), accept);
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"), accept);
            assertEquals(97.68, JSON.readTree(r.body()).get("totalScore").asDouble(), accept);
        }
        HttpResponse<byte[]> both = send(example, "application/json", XLSX + ", application/json;q=0.9");
        assertEquals(XLSX, both.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<byte[]> neither = send(example, "application/json", "text/csv");
        assertEquals(406, neither.statusCode());
        assertEquals("NOT_ACCEPTABLE", error(neither).get("error").asText());
    }

    /** A preview needs neither name nor unit, nor does its workbook: their cells stay empty. */
    @Test
    void aDeclarationWithoutNameOrUnitStillGivesItsWorkbook() throws Exception {
        String bare = """
                {"declaration":{"subjectType":"PROJECT","indicators":[{"id":"a","level1":"产出指标","level3":"x",\
                "target":"≥1"}]},"assessment":{"actuals":[{"id":"a","actual":"1"}]}}""";
        HttpResponse<byte[]> r = send(bare, "application/json", XLSX);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        String disposition = r.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.contains("''%E7%BB%A9%E6%95%88"), disposition); // 绩效自评表（预览）.xlsx, no name before it
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Row name = wb.getSheetAt(0).getRow(1);
            assertEquals("项目名称", name.getCell(0).getStringCellValue());
            assertEquals("", name.getCell(1) == null ? "" : name.getCell(1).getStringCellValue());
        }
    }

    /**
     * Every field of the example left out, and set to null, one at a time (the declaration's, the assessment's,
     * the first indicator's and actual's): the workbook is 200 whenever the JSON preview is, else the same 4xx.
     */
    @Test
    void noFieldLeftOutOrNullBreaksTheWorkbook() throws Exception {
        ObjectNode example = (ObjectNode) JSON.readTree(Files.readString(Path.of("examples", "hunan-property-management.json")));
        List<String> parents = List.of("/declaration", "/assessment", "/declaration/indicators/0", "/assessment/actuals/0");
        for (String parent : parents) {
            List<String> fields = new ArrayList<>();
            example.at(parent).fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                for (boolean remove : new boolean[]{true, false}) {
                    ObjectNode body = example.deepCopy();
                    ObjectNode holder = (ObjectNode) body.at(parent);
                    if (remove) {
                        holder.remove(field);
                    } else {
                        holder.putNull(field);
                    }
                    String what = parent + "/" + field + (remove ? " left out" : " null");
                    int json = send(body.toString(), "application/json", "application/json").statusCode();
                    HttpResponse<byte[]> workbook = send(body.toString(), "application/json", XLSX);
                    assertEquals(json, workbook.statusCode(), what + ": " + new String(workbook.body(), StandardCharsets.UTF_8));
                    assertTrue(json < 500, what);
                }
            }
        }
    }

    @Test
    void aBadRequestAskingForAWorkbookStillGetsTheJsonErrorShape() throws Exception {
        HttpResponse<byte[]> empty = send("", "application/json", XLSX);
        assertEquals(400, empty.statusCode());
        assertEquals("MISSING_BODY", error(empty).get("error").asText());
        HttpResponse<byte[]> text = send("{}", "text/plain", XLSX);
        assertEquals(415, text.statusCode());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", error(text).get("error").asText());
        HttpResponse<byte[]> noDeclaration = send("{}", "application/json", XLSX);
        assertEquals(400, noDeclaration.statusCode());
        assertEquals("declaration", error(noDeclaration).get("path").asText());
    }

    private static JsonNode error(HttpResponse<byte[]> r) throws IOException {
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonNode body = JSON.readTree(r.body());
        ErrorBodies.assertErrorShape(body);
        return body;
    }

    private static HttpResponse<byte[]> send(String body, String contentType, String accept)
            throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(ServerHarness.SERVER.getURL() + "/api/v1/evaluations/preview"))
                .header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
