package jixiao.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who did what: a scenario's audit entries, newest first, filtered and paged; evaluations name who submitted. */
class AuditTrailTest {

    @Test
    void aScenarioLeavesItsEntriesInTheTrail() throws Exception {
        try (AccountsServer app = new AccountsServer()) {
            String admin = app.adminToken();
            String dept = app.account("dept-a", Role.DEPARTMENT, "甲单位");
            String auditor = app.account("auditor", Role.AUDITOR, null);
            assertEquals(401, TestLogins.login(app.base, "dept-a", "not-the-password").statusCode());

            HttpResponse<String> d = app.post("/api/v1/declarations", dept, AccountsServer.declaration("甲单位", 2030).toString());
            assertEquals(201, d.statusCode(), d.body());
            String declarationId = AccountsServer.read(d).get("id").asText();
            assertEquals("dept-a", AccountsServer.read(d).get("createdBy").asText());
            assertEquals(403, app.post("/api/v1/declarations", dept, AccountsServer.declaration("乙单位", 2030).toString())
                    .statusCode());
            HttpResponse<String> e = app.post("/api/v1/declarations/" + declarationId + "/assessments", dept,
                    AccountsServer.example().get("assessment").toString());
            assertEquals(201, e.statusCode(), e.body());
            JsonNode evaluation = AccountsServer.read(e);
            assertEquals("dept-a", evaluation.get("submittedBy").asText());
            String batch = "[" + AccountsServer.example() + ",{\"declaration\":{}}]";
            HttpResponse<String> b = app.post("/api/v1/batches", admin, batch);
            assertEquals(200, b.statusCode(), b.body());
            String batchEvaluation = AccountsServer.read(b).get("items").get(0).get("evaluationId").asText();
            assertEquals("admin", AccountsServer.read(app.get("/api/v1/evaluations/" + batchEvaluation, auditor))
                    .get("submittedBy").asText());
            HttpResponse<String> re = app.post("/api/v1/evaluations/" + evaluation.get("id").asText() + "/reevaluate", admin, "");
            assertEquals(201, re.statusCode());
            assertEquals(200, app.get("/api/v1/years/2030/evaluations.csv", auditor).statusCode());

            JsonNode page = AccountsServer.read(app.get("/api/v1/audit?size=50", auditor));
            List<String> lines = new ArrayList<>();
            for (JsonNode entry : page.get("items")) {
                lines.add(entry.get("user").asText() + " " + entry.get("action").asText() + " " + entry.get("outcome").asText());
            }
            assertEquals(List.of(
                    "auditor YEAR_EXPORTED SUCCESS",
                    "admin REEVALUATED SUCCESS",
                    "admin BATCH_SUBMITTED SUCCESS",
                    "dept-a ASSESSMENT_SUBMITTED SUCCESS",
                    "dept-a DECLARATION_CREATED DENIED",
                    "dept-a DECLARATION_CREATED SUCCESS",
                    "dept-a LOGIN FAILURE",
                    "auditor LOGIN SUCCESS",
                    "admin ACCOUNT_CREATED SUCCESS",
                    "admin LOGIN SUCCESS",
                    "dept-a LOGIN SUCCESS",
                    "admin ACCOUNT_CREATED SUCCESS",
                    "admin LOGIN SUCCESS",
                    "admin LOGIN SUCCESS",
                    "null ACCOUNT_CREATED SUCCESS"), lines);
            JsonNode items = page.get("items");
            assertEquals("received=2, stored=1, failed=1", items.get(2).get("detail").asText());
            assertEquals("2030", items.get(0).get("targetId").asText());
            assertEquals("format=csv, evaluations=2", items.get(0).get("detail").asText());
            assertEquals("AUDITOR", items.get(0).get("role").asText());
            assertEquals(evaluation.get("id").asText(), items.get(3).get("targetId").asText());

            JsonNode logins = AccountsServer.read(app.get("/api/v1/audit?user=dept-a&action=LOGIN&size=1&page=1", admin));
            assertEquals(2, logins.get("total").asInt());
            assertEquals(2, logins.get("totalPages").asInt());
            assertEquals("SUCCESS", logins.get("items").get(0).get("outcome").asText());
            String today = java.time.LocalDate.now().toString();
            assertEquals(page.get("total").asInt(), AccountsServer.read(app.get("/api/v1/audit?from=" + today + "&to=" + today,
                    admin)).get("total").asInt());
            assertEquals(0, AccountsServer.read(app.get("/api/v1/audit?to=2001-01-01", admin)).get("total").asInt());
            for (String bad : List.of("action=DELETE", "from=yesterday", "size=0")) {
                HttpResponse<String> r = app.get("/api/v1/audit?" + bad, admin);
                assertEquals(400, r.statusCode(), bad);
                assertEquals(bad.substring(0, bad.indexOf('=')), AccountsServer.read(r).get("path").asText());
            }
            assertTrue(page.get("items").get(0).get("time").asText().endsWith("Z"));
        }
    }
}
