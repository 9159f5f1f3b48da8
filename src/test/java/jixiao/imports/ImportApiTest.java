package jixiao.imports;

import static jixiao.imports.ImportServer.fixture;
import static jixiao.imports.ImportServer.multipart;
import static jixiao.imports.ImportServer.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /api/v1/imports through the real server, with the fixtures of examples/forms/. */
class ImportApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELF = "property-management-self-assessment";

    private static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xls", "docx", "doc", "tsv", "csv"})
    void everyFormatOfASelfAssessmentImportsAsItsXlsxDoes(String format) throws Exception {
        JsonNode xlsx = ok(raw("?filename=" + SELF + ".xlsx", null, fixture(SELF + ".xlsx")));
        JsonNode other = ok(raw("?filename=" + SELF + "." + format, null, fixture(SELF + "." + format)));
        assertEquals("xlsx", xlsx.get("format").asText());
        assertEquals(format, other.get("format").asText());
        JsonNode a = xlsx.get("forms").get(0);
        JsonNode b = other.get("forms").get(0);
        assertEquals("SELF_ASSESSMENT", b.get("kind").asText());
        assertEquals(a.get("declaration"), b.get("declaration"));
        assertEquals(a.get("assessment"), b.get("assessment"));
        assertEquals("r1", b.get("declaration").get("indicators").get(0).get("id").asText());
        assertFalse(b.has("evaluation"), "no evaluation without evaluate=true");
        assertTrue(b.get("warnings").isArray());
    }

    @Test
    void aDeclarationFormHasNoAssessmentAndEveryFormOfAWorkbookIsAnswered() throws Exception {
        JsonNode r = ok(raw("", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                fixture("zhuzhou-department-and-projects.xlsx")));
        assertTrue(r.get("forms").size() > 1, r.toString());
        for (JsonNode form : r.get("forms")) {
            assertEquals("DECLARATION", form.get("kind").asText());
            assertTrue(form.get("assessment").isNull());
            assertFalse(form.get("source").asText().isEmpty());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"split-columns-self-assessment.docx", "ezhou-party-committee-targets.doc",
            "jurong-department-targets.xls"})
    void multipartAndRawBodyAgree(String file) throws Exception {
        JsonNode viaMultipart = ok(multipart("", "file", file, fixture(file)));
        JsonNode viaRaw = ok(raw("?filename=" + file, "application/octet-stream", fixture(file)));
        assertEquals(viaRaw, viaMultipart);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a PDF|report.pdf|%PDF-1.4 not a form|415|UNSUPPORTED_FORMAT",
            "corrupt xlsx|form.xlsx|PK\u0003\u0004 truncated zip|400|UNREADABLE_FILE",
            "a table that is no form|list.tsv|姓名\t电话\t张三\t123|422|NO_FORM_FOUND",
    })
    void unusableFilesAreA4xxWithTheErrorShape(String what, String name, String content, int status, String code)
            throws Exception {
        for (HttpResponse<String> r : new HttpResponse[] {
                raw("?filename=" + name, null, content.getBytes(StandardCharsets.UTF_8)),
                multipart("", "file", name, content.getBytes(StandardCharsets.UTF_8))}) {
            assertEquals(status, r.statusCode(), r.body());
            JsonNode e = JSON.readTree(r.body());
            assertEquals(code, e.get("error").asText());
            assertFalse(e.get("message").asText().isEmpty());
            assertEquals("/api/v1/imports", e.get("path").asText());
        }
    }

    @Test
    void anEmptyBodyOrAMultipartWithoutTheFileIsNamed() throws Exception {
        HttpResponse<String> empty = raw("", "application/octet-stream", new byte[0]);
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals("MISSING_BODY", JSON.readTree(empty.body()).get("error").asText());
        HttpResponse<String> noFile = multipart("", "upload", "x.xlsx", fixture(SELF + ".xlsx"));
        assertEquals(400, noFile.statusCode(), noFile.body());
        assertEquals("file", JSON.readTree(noFile.body()).get("path").asText());
    }

    @Test
    void theImportTakesFilesOverThePreviewsLimitButNotOverItsOwn() throws Exception {
        byte[] six = "说明\n".repeat(6 * 1024 * 1024 / 7).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> over5 = raw("?filename=big.tsv", null, six);
        assertTrue(over5.statusCode() >= 400 && over5.statusCode() < 500, over5.body());
        assertNotEquals("PAYLOAD_TOO_LARGE", JSON.readTree(over5.body()).get("error").asText());
        HttpResponse<String> over20 = raw("?filename=big.xlsx", null, new byte[21 * 1024 * 1024]);
        assertEquals(413, over20.statusCode(), over20.body());
        assertEquals("PAYLOAD_TOO_LARGE", JSON.readTree(over20.body()).get("error").asText());
    }

    @Test
    void aWordFileWithMoreTablesThanTheLimitIsAnswered413() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 300; i++) {
                doc.createTable(1, 1).getRow(0).getCell(0).setText("x");
                doc.createParagraph();
            }
            doc.write(out);
            docx = out.toByteArray();
        }
        HttpResponse<String> r = raw("?filename=300.docx", null, docx);
        assertEquals(413, r.statusCode(), r.body());
        JsonNode error = JSON.readTree(r.body());
        assertEquals("FORM_TOO_LARGE", error.get("error").asText());
        assertEquals("the document has more than 200 tables", error.get("message").asText());
    }

    @Test
    void evaluateScoresEachFormAsThePreviewScoresItsJson() throws Exception {
        JsonNode r = ok(raw("?filename=" + SELF + ".doc&evaluate=true", null, fixture(SELF + ".doc")));
        JsonNode form = r.get("forms").get(0);
        JsonNode evaluation = form.get("evaluation");
        assertTrue(evaluation.get("totalScore").isNumber(), evaluation.toString());
        ObjectNode body = JSON.createObjectNode();
        body.set("declaration", form.get("declaration"));
        body.set("assessment", form.get("assessment"));
        JsonNode preview = ok(ImportServer.postJson("/api/v1/evaluations/preview", body.toString()));
        assertEquals(preview, evaluation);
    }

    @Test
    void evaluateScoresADeclarationWithThePreviewsEmptyAssessment() throws Exception {
        JsonNode r = ok(raw("?filename=yutian-project-targets.docx&evaluate=true", null,
                fixture("yutian-project-targets.docx")));
        for (JsonNode form : r.get("forms")) {
            ObjectNode body = JSON.createObjectNode();
            body.set("declaration", form.get("declaration"));
            JsonNode preview = ok(ImportServer.postJson("/api/v1/evaluations/preview", body.toString()));
            assertEquals(preview, form.get("evaluation"));
        }
    }

    @Test
    void scoringTableIsChosenWhereTheFormNamesNone() throws Exception {
        JsonNode r = ok(raw("?filename=" + SELF + ".xlsx&scoringTable=mof-project", null, fixture(SELF + ".xlsx")));
        assertEquals("mof-project", r.get("forms").get(0).get("declaration").get("scoringTable").asText());
        HttpResponse<String> unknown = raw("?filename=" + SELF + ".xlsx&scoringTable=nope&evaluate=true", null,
                fixture(SELF + ".xlsx"));
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals("scoringTable", JSON.readTree(unknown.body()).get("path").asText());
        assertEquals("UNKNOWN_SCORING_TABLE", JSON.readTree(unknown.body()).get("error").asText());
        // without evaluate too: an unknown table is not copied into the forms a client will store
        HttpResponse<String> copied = raw("?filename=" + SELF + ".xlsx&scoringTable=nope", null, fixture(SELF + ".xlsx"));
        assertEquals(400, copied.statusCode(), copied.body());
    }

    @Test
    void evaluateIsTrueOrFalseNotAnythingElseTakenForFalse() throws Exception {
        HttpResponse<String> maybe = raw("?filename=" + SELF + ".xlsx&evaluate=maybe", null, fixture(SELF + ".xlsx"));
        assertEquals(400, maybe.statusCode(), maybe.body());
        assertEquals("evaluate", JSON.readTree(maybe.body()).get("path").asText());
        assertTrue(ok(raw("?filename=" + SELF + ".xlsx&evaluate=TRUE", null, fixture(SELF + ".xlsx")))
                .get("forms").get(0).has("evaluation"));
    }
}
