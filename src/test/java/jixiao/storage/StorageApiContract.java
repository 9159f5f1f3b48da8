package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The stored year through the real server; run once per database (H2 always, PostgreSQL when a test URL
 * is given). Each database gets a fresh store, and each test its own year so tests do not see each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StorageApiContract {
    static final ObjectMapper JSON = new ObjectMapper();
    StorageHarness app;

    abstract String jdbcUrl() throws Exception;

    void dispose() throws Exception {
    }

    @BeforeAll
    void start() throws Exception {
        app = new StorageHarness(jdbcUrl());
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
        dispose();
    }

    /** An example's declaration, moved to {@code year} and renamed for {@code unit}. */
    static ObjectNode declaration(String example, int year, String unit) throws Exception {
        ObjectNode d = (ObjectNode) JSON.readTree(StorageHarness.example(example)).get("declaration");
        d.put("year", year);
        d.put("unit", unit);
        return d;
    }

    static JsonNode assessment(String example) throws Exception {
        return JSON.readTree(StorageHarness.example(example)).get("assessment");
    }

    String declare(ObjectNode declaration) throws Exception {
        HttpResponse<String> r = app.post("/api/v1/declarations", declaration.toString());
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("id").asText();
    }

    JsonNode submit(String declarationId, JsonNode assessment) throws Exception {
        HttpResponse<String> r = app.post("/api/v1/declarations/" + declarationId + "/assessments", assessment.toString());
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void aDeclarationIsStoredFoundAndListed() throws Exception {
        HttpResponse<String> r = app.post("/api/v1/declarations", declaration("hebei-official-car-platform", 2071, "甲单位").toString());
        assertEquals(201, r.statusCode(), r.body());
        String id = JSON.readTree(r.body()).get("id").asText();
        assertEquals("/api/v1/declarations/" + id, r.headers().firstValue("Location").orElseThrow());
        JsonNode got = JSON.readTree(app.get("/api/v1/declarations/" + id).body());
        assertEquals("hebei-project", got.get("scoringTable").asText());
        assertEquals(9, got.get("indicatorCount").asInt());
        assertEquals("公务用车平台办公室经费", got.get("declaration").get("name").asText());
        declare(declaration("hunan-property-management", 2071, "乙单位"));
        declare(declaration("jiangsu-jurong-service-centre", 2071, "乙单位"));

        JsonNode page = JSON.readTree(app.get("/api/v1/declarations?year=2071&unit=%E4%B9%99%E5%8D%95%E4%BD%8D&size=1").body());
        assertEquals(2, page.get("total").asInt());
        assertEquals(2, page.get("totalPages").asInt());
        assertEquals(1, page.get("items").size());
        JsonNode projects = JSON.readTree(app.get("/api/v1/declarations?year=2071&subjectType=PROJECT").body());
        assertEquals(2, projects.get("total").asInt());
    }

    @Test
    void aDeclarationToStoreNeedsUnitNameAndYear() throws Exception {
        ObjectNode d = declaration("hebei-official-car-platform", 2072, "甲单位");
        d.remove("unit");
        HttpResponse<String> r = app.post("/api/v1/declarations", d.toString());
        assertEquals(400, r.statusCode());
        assertEquals("unit", JSON.readTree(r.body()).get("path").asText());
        ObjectNode longUnit = declaration("hebei-official-car-platform", 2072, "单".repeat(501));
        HttpResponse<String> tooLong = app.post("/api/v1/declarations", longUnit.toString());
        assertEquals(400, tooLong.statusCode());
        assertEquals("unit", JSON.readTree(tooLong.body()).get("path").asText());
        HttpResponse<String> bad = app.get("/api/v1/declarations?year=twenty");
        assertEquals(400, bad.statusCode());
        assertEquals("year", JSON.readTree(bad.body()).get("path").asText());
    }

    @Test
    void anAssessmentIsScoredAndStoredWithItsEvaluation() throws Exception {
        String id = declare(declaration("hebei-official-car-platform", 2073, "甲单位"));
        HttpResponse<String> r = app.post("/api/v1/declarations/" + id + "/assessments",
                assessment("hebei-official-car-platform").toString());
        assertEquals(201, r.statusCode(), r.body());
        JsonNode evaluation = JSON.readTree(r.body());
        assertEquals("/api/v1/evaluations/" + evaluation.get("id").asText(), r.headers().firstValue("Location").orElseThrow());
        assertEquals("90.36", evaluation.get("totalScore").decimalValue().toPlainString());
        assertEquals("优", evaluation.get("grade").asText());
        assertTrue(evaluation.get("ruleset").get("version").asText().startsWith("sha256:"));
        assertEquals(id, evaluation.get("declarationId").asText());
        assertEquals("320000元", evaluation.get("inputs").get("assessment").get("budgetExecuted").asText());
        JsonNode stored = JSON.readTree(app.get("/api/v1/evaluations/" + evaluation.get("id").asText()).body());
        assertEquals(evaluation, stored);
    }

    @Test
    void bodiesNestedTheWayThePreviewNestsThemAreAcceptedToo() throws Exception {
        String body = "{\"declaration\":" + declaration("hunan-property-management", 2082, "辛单位") + "}";
        HttpResponse<String> r = app.post("/api/v1/declarations", body);
        assertEquals(201, r.statusCode(), r.body());
        String id = JSON.readTree(r.body()).get("id").asText();
        HttpResponse<String> e = app.post("/api/v1/declarations/" + id + "/assessments",
                "{\"assessment\":" + assessment("hunan-property-management") + "}");
        assertEquals(201, e.statusCode(), e.body());
        assertEquals("97.68", JSON.readTree(e.body()).get("totalScore").decimalValue().toPlainString());
    }

    @Test
    void aBadAssessmentIsRefusedAndNothingIsStored() throws Exception {
        String id = declare(declaration("hebei-official-car-platform", 2074, "甲单位"));
        HttpResponse<String> r = app.post("/api/v1/declarations/" + id + "/assessments", "{\"period\":\"SOMETIME\"}");
        assertEquals(400, r.statusCode());
        assertEquals("period", JSON.readTree(r.body()).get("path").asText());
        assertEquals(List.of(), csvRows(2074));
    }

    @Test
    void longIndicatorIdsAndNamesAreStoredWhole() throws Exception {
        ObjectNode d = declaration("hunan-property-management", 2081, "庚单位");
        ObjectNode first = (ObjectNode) d.get("indicators").get(0);
        first.put("id", "q".repeat(300));
        first.put("level3", "长".repeat(1500));
        JsonNode evaluation = submit(declare(d), assessment("hunan-property-management"));
        assertEquals(300, evaluation.get("indicators").get(0).get("id").asText().length());
        assertEquals(1, csvRows(2081).size());
    }

    @Test
    void unknownIdsAre404() throws Exception {
        assertEquals(404, app.get("/api/v1/declarations/no-such-id").statusCode());
        assertEquals(404, app.get("/api/v1/evaluations/no-such-id").statusCode());
        assertEquals(404, app.post("/api/v1/declarations/no-such-id/assessments", "{}").statusCode());
        HttpResponse<String> r = app.post("/api/v1/evaluations/no-such-id/reevaluate", "");
        assertEquals(404, r.statusCode());
        assertEquals("NOT_FOUND", JSON.readTree(r.body()).get("error").asText());
    }

    @Test
    void reevaluatingUnderUnchangedRulesGivesAnIdenticalResult() throws Exception {
        String id = declare(declaration("jiangsu-jurong-service-centre", 2075, "甲单位"));
        JsonNode first = submit(id, assessment("jiangsu-jurong-service-centre"));
        HttpResponse<String> r = app.post("/api/v1/evaluations/" + first.get("id").asText() + "/reevaluate", "");
        assertEquals(201, r.statusCode(), r.body());
        ObjectNode second = (ObjectNode) JSON.readTree(r.body());
        assertEquals(first.get("id"), second.get("previousEvaluationId"));
        JsonNode diff = second.remove("diff");
        assertTrue(diff.get("identical").asBoolean());
        assertFalse(diff.get("rulesChanged").asBoolean());
        assertEquals(0, diff.get("indicators").size());
        assertEquals(0, diff.get("changes").size());
        for (String key : List.of("id", "previousEvaluationId", "createdAt")) {
            second.remove(key);
            ((ObjectNode) first).remove(key);
        }
        assertEquals(first, second);
    }

    @Test
    void aStoredReevaluationShowsTheDiffItsPostAnswered() throws Exception {
        String id = declare(declaration("hunan-property-management", 2075, "甲单位"));
        JsonNode first = submit(id, assessment("hunan-property-management"));
        JsonNode posted = JSON.readTree(app.post("/api/v1/evaluations/" + first.get("id").asText() + "/reevaluate", "").body());
        JsonNode read = JSON.readTree(app.get("/api/v1/evaluations/" + posted.get("id").asText()).body());
        assertEquals(posted.get("diff"), read.get("diff"));
        assertFalse(JSON.readTree(app.get("/api/v1/evaluations/" + first.get("id").asText()).body()).has("diff"),
                "a first evaluation has nothing to differ from");
    }

    @Test
    void aBatchWithOneBadItemStoresTheOthersAndReportsTheBadOne() throws Exception {
        List<String> items = new ArrayList<>();
        for (String example : List.of("hunan-property-management", "hebei-official-car-platform")) {
            ObjectNode item = (ObjectNode) JSON.readTree(StorageHarness.example(example));
            ((ObjectNode) item.get("declaration")).put("year", 2076);
            items.add(item.toString());
        }
        items.add(1, "{\"declaration\":{\"subjectType\":\"PROJECT\",\"unit\":\"丙\",\"name\":\"x\",\"year\":2076,"
                + "\"indicators\":[{\"id\":\"a\",\"level3\":\"x\"},{\"id\":\"a\",\"level3\":\"y\"}]},\"assessment\":{}}");
        HttpResponse<String> r = app.post("/api/v1/batches", "[" + String.join(",", items) + "]");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = JSON.readTree(r.body());
        assertEquals(3, report.get("received").asInt());
        assertEquals(2, report.get("stored").asInt());
        assertEquals(1, report.get("failures").get(0).get("index").asInt());
        assertEquals("DUPLICATE_ID", report.get("failures").get(0).get("error").asText());
        assertEquals("[1].declaration.indicators[1].id", report.get("failures").get(0).get("path").asText());
        assertEquals(2, report.get("grades").get("优").asInt());
        assertEquals(2, csvRows(2076).size());
        assertEquals(2, JSON.readTree(app.get("/api/v1/declarations?year=2076").body()).get("total").asInt());
    }

    @Test
    void aBatchAlsoArrivesAsNdjsonLineByLine() throws Exception {
        ObjectNode good = (ObjectNode) JSON.readTree(StorageHarness.example("hunan-property-management"));
        ((ObjectNode) good.get("declaration")).put("year", 2077);
        String existing = declare(declaration("hebei-official-car-platform", 2077, "丁单位"));
        String byId = "{\"declarationId\":\"" + existing + "\",\"assessment\":" + assessment("hebei-official-car-platform") + "}";
        String body = good + "\n{not json\n\n" + byId + "\n" + "{\"declarationId\":\"nope\",\"assessment\":{}}\n";
        HttpResponse<String> r = app.post("/api/v1/batches", body, "application/x-ndjson");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = JSON.readTree(r.body());
        assertEquals(4, report.get("received").asInt());
        assertEquals(2, report.get("stored").asInt());
        assertEquals("MALFORMED_JSON", report.get("failures").get(0).get("error").asText());
        assertEquals("UNKNOWN_DECLARATION", report.get("failures").get(1).get("error").asText());
        assertEquals(existing, report.get("items").get(1).get("declarationId").asText());
    }

    /** A body is one JSON document: a declaration or an assessment with text after it is refused, nothing stored. */
    @Test
    void textAfterADocumentIsMalformedAndNothingIsStored() throws Exception {
        HttpResponse<String> r = app.post("/api/v1/declarations", declaration("hunan-property-management", 2086, "戊单位")
                + "garbage");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("MALFORMED_JSON", JSON.readTree(r.body()).get("error").asText());
        assertEquals(0, JSON.readTree(app.get("/api/v1/declarations?year=2086").body()).get("total").asInt());
        String id = declare(declaration("hunan-property-management", 2086, "戊单位"));
        r = app.post("/api/v1/declarations/" + id + "/assessments", assessment("hunan-property-management") + " {}");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("MALFORMED_JSON", JSON.readTree(r.body()).get("error").asText());
        assertEquals("[]", app.get("/api/v1/declarations/" + id + "/evaluations").body());
    }

    /**
     * Text after a batch's array is not read as items: it is a failure of its own, after the last item (the items
     * before it have been read, scored and stored as they arrived, each whole).
     */
    @Test
    void textAfterABatchArrayIsAFailureOfItsOwn() throws Exception {
        ObjectNode item = (ObjectNode) JSON.readTree(StorageHarness.example("hunan-property-management"));
        ((ObjectNode) item.get("declaration")).put("year", 2087);
        for (String after : List.of("GARBAGE", " [" + item + "]", "{}")) {
            HttpResponse<String> r = app.post("/api/v1/batches", "[" + item + "]" + after);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode report = JSON.readTree(r.body());
            assertEquals(2, report.get("received").asInt(), after);
            assertEquals(1, report.get("stored").asInt(), after);
            assertEquals(1, report.get("failed").asInt(), after);
            assertEquals(1, report.get("failures").get(0).get("index").asInt(), after);
            assertEquals("MALFORMED_JSON", report.get("failures").get(0).get("error").asText(), after);
        }
        assertEquals(3, JSON.readTree(app.get("/api/v1/declarations?year=2087").body()).get("total").asInt());
    }

    /** In NDJSON a line is one document: a line with text after its object is that line's failure, alone. */
    @Test
    void anNdjsonLineWithTextAfterItsObjectFailsAlone() throws Exception {
        ObjectNode item = (ObjectNode) JSON.readTree(StorageHarness.example("hunan-property-management"));
        ((ObjectNode) item.get("declaration")).put("year", 2088);
        String body = item + " xyz\n" + item + "\n" + item + item + "\n";
        HttpResponse<String> r = app.post("/api/v1/batches", body, "application/x-ndjson");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = JSON.readTree(r.body());
        assertEquals(3, report.get("received").asInt());
        assertEquals(1, report.get("stored").asInt());
        assertEquals(1, report.get("items").get(0).get("index").asInt());
        for (int i = 0; i < 2; i++) {
            assertEquals("MALFORMED_JSON", report.get("failures").get(i).get("error").asText());
        }
        assertEquals(2, report.get("failures").get(1).get("index").asInt());
        assertEquals(1, JSON.readTree(app.get("/api/v1/declarations?year=2088").body()).get("total").asInt());
    }

    /** A line that is no UTF-8 fails alone, as a JSON document with such bytes is refused: stored, it was U+FFFDs. */
    @Test
    void anNdjsonLineThatIsNoUtf8FailsAlone() throws Exception {
        ObjectNode item = (ObjectNode) JSON.readTree(StorageHarness.example("hunan-property-management"));
        ((ObjectNode) item.get("declaration")).put("year", 2089);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write((item + "\n").getBytes(StandardCharsets.UTF_8));
        for (byte[] odd : List.of(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x80},   // no UTF-8 at all
                new byte[] {'X', (byte) 0xc0, (byte) 0xaf, 'Y'})) {                        // '/' written overlong
            ((ObjectNode) item.get("declaration")).put("name", "@NAME@");
            String[] around = item.toString().split("@NAME@");
            body.write(around[0].getBytes(StandardCharsets.UTF_8));
            body.write(odd);
            body.write((around[1] + "\n").getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = app.post("/api/v1/batches", body.toByteArray(), "application/x-ndjson");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = JSON.readTree(r.body());
        assertEquals(1, report.get("stored").asInt(), r.body());
        assertEquals(2, report.get("failures").size(), r.body());
        assertEquals("MALFORMED_JSON", report.get("failures").get(0).get("error").asText());
        assertEquals(1, JSON.readTree(app.get("/api/v1/declarations?year=2089").body()).get("total").asInt());
    }

    /** A character written longer than UTF-8 allows ('/' as C0 AF) is refused, not stored as the character it hides. */
    @Test
    void aDocumentWithAnOverlongCharacterIsMalformed() throws Exception {
        ObjectNode d = declaration("hunan-property-management", 2090, "甲单位");
        d.put("name", "@NAME@");
        String[] around = d.toString().split("@NAME@");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(around[0].getBytes(StandardCharsets.UTF_8));
        body.write(new byte[] {'X', (byte) 0xc0, (byte) 0xaf, 'Y'});
        body.write(around[1].getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = app.post("/api/v1/declarations", body.toByteArray(), "application/json");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("MALFORMED_JSON", JSON.readTree(r.body()).get("error").asText());
        assertEquals(0, JSON.readTree(app.get("/api/v1/declarations?year=2090").body()).get("total").asInt());
    }

    @Test
    void twoConcurrentSubmissionsForOneDeclarationBothLand() throws Exception {
        String id = declare(declaration("hunan-property-management", 2078, "戊单位"));
        String body = assessment("hunan-property-management").toString();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> calls = List.of(
                    () -> app.post("/api/v1/declarations/" + id + "/assessments", body).statusCode(),
                    () -> app.post("/api/v1/declarations/" + id + "/assessments", body).statusCode());
            for (Future<Integer> f : pool.invokeAll(calls)) {
                assertEquals(201, f.get());
            }
        } finally {
            pool.shutdown();
        }
        List<String> rows = csvRows(2078);
        assertEquals(2, rows.size());
        assertEquals(1, rows.stream().filter(row -> row.contains(",是,")).count());
    }

    @Test
    void theSummaryCountsGradesRanksFlagsAndListsWhoDidNotSubmit() throws Exception {
        String a = declare(declaration("hebei-official-car-platform", 2079, "甲单位"));
        String b = declare(declaration("hunan-property-management", 2079, "乙单位"));
        declare(declaration("jiangsu-jurong-service-centre", 2079, "丙单位"));
        JsonNode old = submit(a, assessment("hebei-official-car-platform"));
        app.post("/api/v1/evaluations/" + old.get("id").asText() + "/reevaluate", "");
        submit(b, assessment("hunan-property-management"));
        ObjectNode halfYear = (ObjectNode) assessment("hunan-property-management").deepCopy();
        halfYear.put("period", "HALF_YEAR");
        submit(b, halfYear);

        JsonNode s = JSON.readTree(app.get("/api/v1/years/2079/summary").body());
        assertEquals(3, s.get("declarations").asInt());
        assertEquals(2, s.get("evaluated").asInt());
        assertEquals(2, s.get("grades").get("优").asInt());
        assertEquals("94.02", s.get("scores").get("mean").decimalValue().toPlainString());
        assertEquals("乙单位", s.get("ranking").get(0).get("unit").asText());
        assertEquals(2, s.get("ranking").get(1).get("rank").asInt());
        assertEquals(2, s.get("distribution").get(4).get("count").asInt());
        assertEquals("丙单位", s.get("notSubmitted").get(0).get("unit").asText());
        assertEquals("乙单位", s.get("units").get(0).get("unit").asText());
        assertEquals("97.68", s.get("units").get(0).get("meanScore").decimalValue().toPlainString());
        assertEquals(2, s.get("units").get(1).get("rank").asInt());
        List<String> flagged = new ArrayList<>();
        s.get("flagged").forEach(f -> flagged.add(f.get("unit").asText() + ":" + f.get("type").asText()));
        assertEquals(List.of("乙单位:SCORE_OVERCLAIMED", "甲单位:SCORE_SPEND_MISMATCH"), flagged);
        assertEquals(0, s.get("errors").size());
    }

    /** A unit's name copied out of Word or a PDF carries characters that show nothing; they must not make a second unit. */
    @Test
    void aUnitNameWithInvisibleCharactersIsTheSameUnitInTheSummary() throws Exception {
        String a = declare(declaration("hunan-property-management", 2086, "\u200b乙单位\u200b "));
        String b = declare(declaration("hebei-official-car-platform", 2086, "乙单\ufeff位"));
        assertEquals("乙单位", JSON.readTree(app.get("/api/v1/declarations/" + a).body()).get("unit").asText());
        submit(a, assessment("hunan-property-management"));
        submit(b, assessment("hebei-official-car-platform"));
        JsonNode s = JSON.readTree(app.get("/api/v1/years/2086/summary").body());
        assertEquals(1, s.get("units").size(), s.get("units").toString());
        assertEquals("乙单位", s.get("units").get(0).get("unit").asText());
    }

    @Test
    void aDeclarationListsItsEvaluationsOldestFirst() throws Exception {
        String id = declare(declaration("hunan-property-management", 2083, "壬单位"));
        JsonNode first = submit(id, assessment("hunan-property-management"));
        String second = JSON.readTree(app.post("/api/v1/evaluations/" + first.get("id").asText() + "/reevaluate", "")
                .body()).get("id").asText();
        JsonNode history = JSON.readTree(app.get("/api/v1/declarations/" + id + "/evaluations").body());
        assertEquals(2, history.size());
        assertEquals(first.get("id").asText(), history.get(0).get("id").asText());
        assertEquals(second, history.get(1).get("id").asText());
        assertEquals(first.get("id").asText(), history.get(1).get("previousEvaluationId").asText());
        assertEquals("97.68", history.get(1).get("totalScore").decimalValue().toPlainString());
        assertEquals(404, app.get("/api/v1/declarations/no-such-id/evaluations").statusCode());
    }

    @Test
    void theHalfYearSummaryCountsLightsAndListsWhatLags() throws Exception {
        String lagging = declare(declaration("jiangsu-jurong-service-centre-half-year", 2084, "癸单位"));
        declare(declaration("hunan-property-management", 2084, "子单位"));
        submit(lagging, assessment("jiangsu-jurong-service-centre-half-year"));
        JsonNode s = JSON.readTree(app.get("/api/v1/years/2084/summary?period=HALF_YEAR").body());
        assertEquals("HALF_YEAR", s.get("period").asText());
        assertEquals(1, s.get("evaluated").asInt());
        assertEquals(1, s.get("lights").get("RED").asInt());
        assertEquals(0, s.get("lights").get("GREEN").asInt());
        assertEquals("子单位", s.get("notSubmitted").get(0).get("unit").asText());
        List<String> flagged = new ArrayList<>();
        s.get("flagged").forEach(f -> flagged.add(f.get("type").asText() + ":" + (f.get("indicatorId").isNull()
                ? "" : f.get("indicatorId").asText())));
        assertEquals(List.of("LAGGING_PROGRESS:d4", "LAGGING_PROGRESS:g1", "LAGGING_PROGRESS:g5", "LAGGING_PROGRESS:g6",
                "LAGGING_PROGRESS:r8", "SPENDING_BEHIND_SCHEDULE:"), flagged);
        assertEquals(0, JSON.readTree(app.get("/api/v1/years/2084/summary").body()).get("evaluated").asInt());
        assertEquals(400, app.get("/api/v1/years/2084/summary?period=Q3").statusCode());
    }

    @Test
    void theCsvOpensInExcel() throws Exception {
        ObjectNode d = declaration("hunan-property-management", 2080, "己单位");
        d.put("name", "物业管理费，含\"保洁\"");
        submit(declare(d), assessment("hunan-property-management"));
        HttpResponse<byte[]> r = app.getBytes("/api/v1/years/2080/evaluations.csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        byte[] body = r.body();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(body[0], body[1], body[2]));
        String[] lines = new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertTrue(lines[0].startsWith("单位,名称,得分,等级,偏差数,错误数,类型,年度,期间,月份"));
        assertTrue(lines[1].startsWith("己单位,\"物业管理费，含\"\"保洁\"\"\",97.68,优,6,0,PROJECT,2080,FULL_YEAR,12,"), lines[1]);
    }

    @Test
    void kindsInParametersAreTheirExactNamesAndAnEmptyParameterFiltersNothing() throws Exception {
        declare(declaration("hunan-property-management", 2085, "丑单位"));
        for (String query : List.of("/api/v1/years/2085/summary?period=half_year", "/api/v1/declarations?subjectType=project")) {
            HttpResponse<String> r = app.get(query);
            assertEquals(400, r.statusCode(), query);
            JsonNode error = JSON.readTree(r.body());
            assertEquals("INVALID_VALUE", error.get("error").asText());
            assertEquals(query.substring(query.indexOf('?') + 1, query.indexOf('=')), error.get("path").asText());
        }
        HttpResponse<String> all = app.get("/api/v1/declarations?year=2085&unit=&subjectType=&page=&size=");
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(1, JSON.readTree(all.body()).get("total").asInt());
        assertEquals("HALF_YEAR", JSON.readTree(app.get("/api/v1/years/2085/summary?period=HALF_YEAR").body())
                .get("period").asText());
    }

    /**
     * A batch streams: a body far larger than one held whole (5 MB) is read item by item, each item answered.
     * The items name no stored declaration, so each is a quick failure of its own.
     */
    @Test
    void aBatchLargerThanABodyHeldWholeIsReadItemByItem() throws Exception {
        String pad = "填".repeat(2_000);
        StringBuilder body = new StringBuilder();
        int n = 1_100;
        for (int i = 0; i < n; i++) {
            body.append("{\"declarationId\":\"00000000-0000-0000-0000-").append(String.format("%012d", i))
                    .append("\",\"assessment\":{},\"note\":\"").append(pad).append("\"}\n");
        }
        assertTrue(body.toString().getBytes(StandardCharsets.UTF_8).length > 6 * 1024 * 1024);
        HttpResponse<String> r = app.post("/api/v1/batches", body.toString(), "application/x-ndjson");
        assertEquals(200, r.statusCode(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
        JsonNode report = JSON.readTree(r.body());
        assertEquals(n, report.get("received").asInt());
        assertEquals(n, report.get("failed").asInt());
        assertEquals("UNKNOWN_DECLARATION", report.get("failures").get(n - 1).get("error").asText());
        assertEquals("[" + (n - 1) + "].declarationId", report.get("failures").get(n - 1).get("path").asText());
    }

    List<String> csvRows(int year) throws Exception {
        String csv = new String(app.getBytes("/api/v1/years/" + year + "/evaluations.csv").body(), StandardCharsets.UTF_8);
        List<String> rows = new ArrayList<>(List.of(csv.split("\r\n")));
        rows.remove(0);
        return rows;
    }
}
