package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reviews (复核) through the real server, on each database: the worked example's side-by-side, the threshold,
 * a review never the current result, the summary's figures, roles and refusals. Each test has a year of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReviewApiContract extends SpotCheckServer {
    private static final String EXAMPLE = "hunan-property-management";

    static JsonNode reviewExample() throws Exception {
        return JSON.readTree(Files.readString(Path.of("examples", "reviews", EXAMPLE + "-review.json")));
    }

    /** The example's subject stored for {@code unit} in {@code year} and assessed: the evaluation's id. */
    String evaluated(int year, String unit, JsonNode assessment) throws Exception {
        JsonNode example = JSON.readTree(StorageHarness.example(EXAMPLE));
        ObjectNode d = (ObjectNode) example.get("declaration").deepCopy();
        d.put("year", year).put("unit", unit);
        HttpResponse<String> r = app.post("/api/v1/declarations", d.toString());
        assertEquals(201, r.statusCode(), r.body());
        HttpResponse<String> e = app.post("/api/v1/declarations/" + JSON.readTree(r.body()).get("id").asText()
                + "/assessments", (assessment == null ? example.get("assessment") : assessment).toString());
        assertEquals(201, e.statusCode(), e.body());
        return JSON.readTree(e.body()).get("id").asText();
    }

    JsonNode review(String evaluationId, String body) throws Exception {
        HttpResponse<String> r = app.post("/api/v1/evaluations/" + evaluationId + "/reviews", body);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("/api/v1/evaluations/" + JSON.readTree(r.body()).get("id").asText(),
                r.headers().firstValue("Location").orElseThrow());
        return JSON.readTree(r.body());
    }

    private static List<String> deviations(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("deviations").forEach(d -> out.add(d.get("type").asText()
                + (d.get("indicatorId").isNull() ? "" : ":" + d.get("indicatorId").asText())));
        return out;
    }

    private static void assertNumber(JsonNode expected, JsonNode actual, String what) {
        if (expected.isNull()) {
            assertTrue(actual == null || actual.isNull(), what + ": " + actual);
        } else {
            assertEquals(0, expected.decimalValue().compareTo(actual.decimalValue()), what + ": " + actual);
        }
    }

    @Test
    void theWorkedExampleGivesItsSideBySide() throws Exception {
        String self = evaluated(2091, "株洲市渌口区机关事务服务中心", null);
        JsonNode example = reviewExample();
        JsonNode expected = example.get("expected");
        JsonNode review = review(self, example.get("review").toString());
        assertEquals("REVIEW", review.get("kind").asText());
        assertEquals(self, review.get("reviewOf").asText());
        assertEquals("admin", review.get("submittedBy").asText());
        assertNumber(expected.get("totalScore"), review.get("totalScore"), "totalScore");
        assertEquals(expected.get("grade").asText(), review.get("grade").asText());
        review.get("groups").forEach(g -> assertNumber(expected.get("groups").get(g.get("name").asText()), g.get("score"),
                g.get("name").asText()));
        List<String> expectedDeviations = new ArrayList<>();
        expected.get("deviations").forEach(d -> expectedDeviations.add(d.asText()));
        assertEquals(expectedDeviations, deviations(review));
        JsonNode inflated = review.get("deviations").get(review.get("deviations").size() - 1);
        assertEquals("WARNING", inflated.get("severity").asText());
        assertNumber(expected.get("comparison").get("difference"), inflated.get("gap"), "gap");
        assertEquals("rules/95-review-comparison.drl", inflated.get("ruleFile").asText());

        JsonNode c = review.get("comparison");
        JsonNode ec = expected.get("comparison");
        assertEquals(self, c.get("selfEvaluationId").asText());
        for (String field : List.of("selfTotal", "reviewedTotal", "difference", "inflatedPoints")) {
            assertNumber(ec.get(field), c.get(field), field);
        }
        for (String field : List.of("selfGrade", "reviewedGrade", "inflated", "note")) {
            assertEquals(ec.get(field), c.get(field), field);
        }
        List<String> columns = new ArrayList<>();
        ec.get("_indicatorColumns").forEach(n -> columns.add(n.asText()));
        assertEquals(ec.get("indicators").size(), c.get("indicators").size());
        Iterator<Map.Entry<String, JsonNode>> rows = ec.get("indicators").fields();
        for (JsonNode row : c.get("indicators")) {
            Map.Entry<String, JsonNode> want = rows.next();
            assertEquals(want.getKey(), row.get("id").asText());
            for (int i = 0; i < columns.size(); i++) {
                JsonNode w = want.getValue().get(i);
                String what = want.getKey() + "." + columns.get(i);
                if (w.isNumber() || (w.isNull() && columns.get(i).matches(".*(Score|difference)"))) {
                    assertNumber(w, row.get(columns.get(i)), what);
                } else {
                    assertEquals(w, row.get(columns.get(i)), what);
                }
            }
        }
        JsonNode e3 = c.get("indicators").get(7);
        assertEquals("抽查200株，存活170株", e3.get("reason").asText());
        assertEquals("现场清点", e3.get("note").asText());

        // the review's inputs are the self-assessment's with the verified actuals in place
        JsonNode inputs = review.get("inputs").get("assessment").get("actuals");
        assertEquals("2个点位/日", inputs.get(1).get("actual").asText());
        assertEquals(8, inputs.get(1).get("claimedScore").asInt());
        assertEquals("99.7%", inputs.get(2).get("actual").asText());

        JsonNode stored = JSON.readTree(app.get("/api/v1/evaluations/" + review.get("id").asText()).body());
        assertEquals(review.get("comparison"), stored.get("comparison"));
        assertEquals("REVIEW", stored.get("kind").asText());
        JsonNode listed = JSON.readTree(app.get("/api/v1/evaluations/" + self + "/reviews").body());
        assertEquals(1, listed.size());
        assertEquals(review.get("id"), listed.get(0).get("id"));
        assertEquals(review.get("comparison"), listed.get(0).get("comparison"));
        JsonNode selfNow = JSON.readTree(app.get("/api/v1/evaluations/" + self).body());
        assertEquals("SELF", selfNow.get("kind").asText());
        assertFalse(selfNow.has("comparison"));
    }

    @Test
    void aReviewConfirmingTheFiguresIsNotInflated() throws Exception {
        String self = evaluated(2092, "甲单位", null);
        JsonNode review = review(self, "{\"actuals\": [{\"id\": \"q3\", \"actual\": \"99.7%\"}], \"note\": \"核实无误\"}");
        assertEquals("97.68", review.get("totalScore").decimalValue().toPlainString());
        assertFalse(deviations(review).contains("SELF_SCORE_INFLATED"), deviations(review).toString());
        assertFalse(review.get("comparison").get("inflated").asBoolean());
        assertEquals(0, BigDecimal.ZERO.compareTo(review.get("comparison").get("difference").decimalValue()));
        // exactly the threshold: s1 at 49% of ≥98% scores 10 × 49 / 98 = 5, so 97.6752 − 5 → 92.68, 5 below 97.68
        JsonNode at = review(self, "{\"actuals\": [{\"id\": \"s1\", \"actual\": \"49%\", \"reason\": \"复核\"}]}");
        assertEquals("5", at.get("comparison").get("difference").decimalValue().toPlainString());
        assertFalse(at.get("comparison").get("inflated").asBoolean(), at.get("comparison").toString());
        assertFalse(deviations(at).contains("SELF_SCORE_INFLATED"), deviations(at).toString());
        // just beyond: 48.9% scores 10 × 48.9 / 98 = 4.9898 → 97.6752 − 5.0102 = 92.6650 → 92.66 (92.66499…), 5.02 below
        JsonNode beyond = review(self, "{\"actuals\": [{\"id\": \"s1\", \"actual\": \"48.9%\", \"reason\": \"复核\"}]}");
        assertEquals("5.02", beyond.get("comparison").get("difference").decimalValue().toPlainString());
        assertTrue(beyond.get("comparison").get("inflated").asBoolean(), beyond.get("comparison").toString());
        assertTrue(deviations(beyond).contains("SELF_SCORE_INFLATED"), deviations(beyond).toString());
        assertEquals(3, JSON.readTree(app.get("/api/v1/evaluations/" + self + "/reviews").body()).size());
    }

    @Test
    void anIndicatorLeftUnreportedGetsItsVerifiedActual() throws Exception {
        ObjectNode assessment = (ObjectNode) JSON.readTree(StorageHarness.example(EXAMPLE)).get("assessment");
        ((ArrayNode) assessment.get("actuals")).remove(0);
        String self = evaluated(2093, "甲单位", assessment);
        JsonNode review = review(self, "{\"actuals\": [{\"id\": \"q1\", \"actual\": \"1次/月\", \"note\": \"台账\"}]}");
        JsonNode q1 = review.get("comparison").get("indicators").get(0);
        assertEquals("q1", q1.get("id").asText());
        assertTrue(q1.get("verified").asBoolean());
        assertTrue(q1.get("selfActual").isNull());
        assertEquals("MISSING", q1.get("selfStatus").asText());
        assertEquals("ACHIEVED", q1.get("reviewedStatus").asText());
        assertEquals("台账", q1.get("note").asText());
        assertTrue(review.get("comparison").get("difference").decimalValue().signum() < 0);
    }

    @Test
    void aReviewIsNeverTheCurrentResult() throws Exception {
        int year = 2094;
        String self = evaluated(year, "甲单位", null);
        String other = evaluated(year, "乙单位", null);
        String review = review(self, reviewExample().get("review").toString()).get("id").asText();
        review(other, "{\"actuals\": []}");

        JsonNode summary = JSON.readTree(app.get("/api/v1/years/" + year + "/summary").body());
        assertEquals(2, summary.get("evaluated").asInt());
        List<String> ranked = summary.get("ranking").findValuesAsText("evaluationId");
        assertEquals(List.of(self, other).stream().sorted().toList(), ranked.stream().sorted().toList());
        assertEquals(2, summary.get("grades").get("优").asInt());
        JsonNode figures = summary.get("spotChecks");
        assertEquals(2, figures.get("checked").asInt());
        assertEquals(1, figures.get("inflated").asInt());
        assertEquals("2.85", figures.get("meanGap").decimalValue().toPlainString());  // (5.69 + 0) / 2 = 2.845 → 2.85
        assertEquals("甲单位", figures.get("units").get(0).get("unit").asText());
        assertEquals(1, figures.get("units").get(0).get("rank").asInt());
        assertEquals("5.69", figures.get("units").get(0).get("meanGap").decimalValue().toPlainString());
        assertEquals("乙单位", figures.get("units").get(1).get("unit").asText());
        // reviews listed by unit name as Java compares it (乙 U+4E59 before 甲 U+7532), then name and declaration id
        assertEquals(List.of("乙单位", "甲单位"), figures.get("reviews").findValuesAsText("unit"));
        assertEquals(review, figures.get("reviews").get(1).get("reviewId").asText());
        assertEquals(self, figures.get("reviews").get(1).get("evaluationId").asText());
        assertEquals("5.69", figures.get("reviews").get(1).get("gap").decimalValue().toPlainString());
        assertEquals(0, JSON.readTree(app.get("/api/v1/years/" + year + "/summary?period=HALF_YEAR").body())
                .get("spotChecks").get("checked").asInt());

        String csv = new String(app.getBytes("/api/v1/years/" + year + "/evaluations.csv").body(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals(5, lines.size(), csv);
        assertTrue(lines.get(0).endsWith(",评价种类,复核对象ID"), lines.get(0));
        String selfRow = lines.stream().filter(l -> l.contains("," + self + ",")).findFirst().orElseThrow();
        String reviewRow = lines.stream().filter(l -> l.contains(review)).findFirst().orElseThrow();
        assertTrue(selfRow.contains(",是,") && selfRow.endsWith(",自评,"), selfRow);
        assertTrue(reviewRow.contains(",否,") && reviewRow.endsWith(",复核," + self), reviewRow);

        JsonNode check = spotCheck(year, "{\"share\": 1, \"seed\": 3}");
        assertEquals(List.of(self, other).stream().sorted().toList(),
                check.get("items").findValuesAsText("evaluationId").stream().sorted().toList());

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                app.getBytes("/api/v1/years/" + year + "/summary.xlsx").body()))) {
            Sheet sheet = wb.getSheet("抽评复核");
            DataFormatter f = new DataFormatter();
            List<String> firstColumn = new ArrayList<>();
            for (Row row : sheet) {
                firstColumn.add(row.getCell(0) == null ? "" : f.formatCellValue(row.getCell(0)));
                if ("已复核".equals(firstColumn.get(firstColumn.size() - 1))) {
                    assertEquals(2.0, row.getCell(1).getNumericCellValue());
                }
                if ("自评虚高".equals(firstColumn.get(firstColumn.size() - 1))) {
                    assertEquals(1.0, row.getCell(1).getNumericCellValue());
                }
            }
            assertTrue(firstColumn.containsAll(List.of("已复核", "平均差距（自评−复核）", "自评虚高")), firstColumn.toString());
        }
    }

    @Test
    void onlyTheBureauReviewsAndTheUnitsDepartmentReads() throws Exception {
        String own = evaluated(2095, "甲单位", null);
        String others = evaluated(2095, "乙单位", null);
        String body = "{\"actuals\": [{\"id\": \"q3\", \"actual\": \"99%\"}]}";
        assertEquals(403, send(department, "POST", "/api/v1/evaluations/" + own + "/reviews", body).statusCode());
        assertEquals(403, send(auditor, "POST", "/api/v1/evaluations/" + own + "/reviews", body).statusCode());
        review(own, body);
        review(others, body);
        HttpResponse<String> mine = send(department, "GET", "/api/v1/evaluations/" + own + "/reviews", null);
        assertEquals(200, mine.statusCode(), mine.body());
        assertEquals(1, JSON.readTree(mine.body()).size());
        HttpResponse<String> theirs = send(department, "GET", "/api/v1/evaluations/" + others + "/reviews", null);
        assertEquals(404, theirs.statusCode(), theirs.body());
        HttpResponse<String> audited = send(auditor, "GET", "/api/v1/evaluations/" + others + "/reviews", null);
        assertEquals(200, audited.statusCode(), audited.body());
        JsonNode audit = JSON.readTree(app.get("/api/v1/audit?action=REVIEW_CREATED").body());
        assertTrue(audit.get("items").findValuesAsText("detail").stream().anyMatch(d -> d.contains("reviewOf=" + own)),
                audit.toString());
    }

    @Test
    void aReviewItCannotUseIsRefused() throws Exception {
        String self = evaluated(2096, "甲单位", null);
        String path = "/api/v1/evaluations/" + self + "/reviews";
        Map<String, String[]> cases = Map.of(
                "{}", new String[] {"MISSING_FIELD", "actuals"},
                "{\"actuals\": {}}", new String[] {"WRONG_TYPE", "actuals"},
                "{\"actuals\": [{\"id\": \"zz\", \"actual\": \"1\"}]}", new String[] {"UNKNOWN_INDICATOR", "actuals[0].id"},
                "{\"actuals\": [{\"actual\": \"1\"}]}", new String[] {"MISSING_FIELD", "actuals[0].id"},
                "{\"actuals\": [{\"id\": \"q1\", \"actual\": \"1次/月\"}, {\"id\": \"q2\"}]}",
                new String[] {"MISSING_FIELD", "actuals[1].actual"},
                "{\"actuals\": [{\"id\": \"q1\", \"actual\": \"1\"}, {\"id\": \"q1\", \"actual\": \"2\"}]}",
                new String[] {"DUPLICATE_ID", "actuals[1].id"},
                "{\"actuals\": [{\"id\": \"q1\", \"actual\": true}]}", new String[] {"WRONG_TYPE", "actuals[0].actual"},
                "{\"actuals\": [], \"note\": [1]}", new String[] {"WRONG_TYPE", "note"});
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            HttpResponse<String> r = app.post(path, c.getKey());
            assertEquals(400, r.statusCode(), c.getKey() + " → " + r.body());
            JsonNode error = JSON.readTree(r.body());
            assertEquals(c.getValue()[0], error.get("error").asText(), c.getKey() + " → " + r.body());
            assertEquals(c.getValue()[1], error.get("path").asText(), c.getKey() + " → " + r.body());
        }
        assertEquals(0, JSON.readTree(app.get(path).body()).size());
        String review = review(self, "{\"actuals\": []}").get("id").asText();
        HttpResponse<String> ofReview = app.post("/api/v1/evaluations/" + review + "/reviews", "{\"actuals\": []}");
        assertEquals(409, ofReview.statusCode(), ofReview.body());
        HttpResponse<String> again = app.post("/api/v1/evaluations/" + review + "/reevaluate", "");
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("REVIEW_NOT_REEVALUATED", JSON.readTree(again.body()).get("error").asText());
        HttpResponse<String> unknown = app.post("/api/v1/evaluations/00000000-0000-0000-0000-000000000000/reviews",
                "{\"actuals\": []}");
        assertEquals(404, unknown.statusCode(), unknown.body());
        ObjectNode halfYear = (ObjectNode) JSON.readTree(StorageHarness.example(EXAMPLE)).get("assessment");
        halfYear.put("period", "HALF_YEAR").put("month", 6);
        String mid = evaluated(2096, "乙单位", halfYear);
        HttpResponse<String> midYear = app.post("/api/v1/evaluations/" + mid + "/reviews", "{\"actuals\": []}");
        assertEquals(409, midYear.statusCode(), midYear.body());
        assertEquals("NOT_YEAR_END", JSON.readTree(midYear.body()).get("error").asText());
    }
}
