package jixiao.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import jixiao.web.ErrorBodies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every endpoint × {no token, BUREAU, DEPARTMENT of the unit, DEPARTMENT of another unit, AUDITOR} through the
 * real server: each answer has the expected status, and each refusal the API's error shape and code. The
 * table is printed as it is walked; it is the README's endpoint × role table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {
    private static final String UNIT = "甲单位";
    private static final int YEAR = 2026;
    private static final String[] WHO = {"no token", "BUREAU", "DEPARTMENT (own unit)", "DEPARTMENT (other unit)", "AUDITOR"};
    private AccountsServer app;
    private final String[] tokens = new String[WHO.length];
    private String declarationId;
    private String evaluationId;
    private final AtomicInteger serial = new AtomicInteger();

    @BeforeAll
    void start() throws Exception {
        app = new AccountsServer();
        tokens[1] = app.adminToken();
        // the own unit's account names it with a space and full-width letters: units compare normalised
        tokens[2] = app.account("dept-own", Role.DEPARTMENT, " 甲 单位");
        tokens[3] = app.account("dept-other", Role.DEPARTMENT, "乙单位");
        tokens[4] = app.account("auditor", Role.AUDITOR, null);
        HttpResponse<String> d = app.post("/api/v1/declarations", tokens[1], AccountsServer.declaration(UNIT, YEAR).toString());
        assertEquals(201, d.statusCode(), d.body());
        declarationId = AccountsServer.read(d).get("id").asText();
        HttpResponse<String> e = app.post("/api/v1/declarations/" + declarationId + "/assessments", tokens[1],
                AccountsServer.example().get("assessment").toString());
        assertEquals(201, e.statusCode(), e.body());
        evaluationId = AccountsServer.read(e).get("id").asText();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    /** One route, what it is sent, and the status expected for each of {@link #WHO}. */
    record Case(String route, String method, String path, String contentType, Supplier<String> body, int... expected) {
    }

    private List<Case> cases() throws Exception {
        String decl = "/api/v1/declarations/" + declarationId;
        String eval = "/api/v1/evaluations/" + evaluationId;
        String example = AccountsServer.example().toString();
        String assessment = AccountsServer.example().get("assessment").toString();
        String ownDeclaration = AccountsServer.declaration(UNIT, YEAR).toString();
        String batch = "[" + AccountsServer.example() + "]";
        // GB18030 as Excel saves it; sent here as UTF-8 text, which the import reads too
        String csv = Files.readString(Path.of("examples/forms/property-management-self-assessment.csv"),
                java.nio.charset.Charset.forName("GB18030"));
        String json = "application/json";
        List<Case> c = new ArrayList<>();
        c.add(new Case("GET /health", "GET", "/health", null, null, 200, 200, 200, 200, 200));
        c.add(new Case("GET /api/v1/rulesets", "GET", "/api/v1/rulesets", null, null, 200, 200, 200, 200, 200));
        c.add(new Case("POST /api/v1/evaluations/preview", "POST", "/api/v1/evaluations/preview", json, () -> example,
                200, 200, 200, 200, 200));
        c.add(new Case("POST /api/v1/imports", "POST", "/api/v1/imports?filename=form.csv", "text/csv", () -> csv,
                200, 200, 200, 200, 200));
        c.add(new Case("POST /login", "POST", "/login", json, () -> "{\"username\":\"auditor\",\"password\":\"auditor-password\"}",
                200, 200, 200, 200, 200));
        c.add(new Case("POST /logout", "POST", "/logout", null, null, 204, 204, 204, 204, 204));
        c.add(new Case("POST /api/v1/declarations (own unit)", "POST", "/api/v1/declarations", json, () -> ownDeclaration,
                401, 201, 201, 403, 403));
        c.add(new Case("GET /api/v1/declarations", "GET", "/api/v1/declarations", null, null, 401, 200, 200, 200, 200));
        c.add(new Case("GET /api/v1/declarations/{id}", "GET", decl, null, null, 401, 200, 200, 404, 200));
        c.add(new Case("GET /api/v1/declarations/{id}/evaluations", "GET", decl + "/evaluations", null, null,
                401, 200, 200, 404, 200));
        c.add(new Case("GET /api/v1/evaluations/{id}", "GET", eval, null, null, 401, 200, 200, 404, 200));
        c.add(new Case("POST /api/v1/declarations/{id}/assessments", "POST", decl + "/assessments", json, () -> assessment,
                401, 201, 201, 404, 403));
        c.add(new Case("POST /api/v1/evaluations/{id}/reevaluate", "POST", eval + "/reevaluate", null, null,
                401, 201, 403, 403, 403));
        c.add(new Case("POST /api/v1/batches", "POST", "/api/v1/batches", json, () -> batch, 401, 200, 403, 403, 403));
        c.add(new Case("GET /api/v1/years/{year}/summary", "GET", "/api/v1/years/" + YEAR + "/summary", null, null,
                401, 200, 403, 403, 200));
        c.add(new Case("GET /api/v1/years/{year}/evaluations.csv", "GET", "/api/v1/years/" + YEAR + "/evaluations.csv",
                null, null, 401, 200, 403, 403, 200));
        String spotChecks = "/api/v1/years/" + YEAR + "/spot-checks";
        c.add(new Case("POST /api/v1/years/{year}/spot-checks", "POST", spotChecks, json,
                () -> "{\"share\": 0.2, \"seed\": 1, \"by\": \"unit\"}", 401, 201, 403, 403, 403));
        c.add(new Case("GET /api/v1/years/{year}/spot-checks", "GET", spotChecks, null, null, 401, 200, 403, 403, 200));
        c.add(new Case("POST /api/v1/evaluations/{id}/reviews", "POST", eval + "/reviews", json,
                () -> "{\"actuals\": []}", 401, 201, 403, 403, 403));
        c.add(new Case("GET /api/v1/evaluations/{id}/reviews", "GET", eval + "/reviews", null, null,
                401, 200, 200, 404, 200));
        c.add(new Case("POST /api/v1/users", "POST", "/api/v1/users", json, () -> "{\"username\":\"made-" + serial.incrementAndGet()
                + "\",\"password\":\"a-long-password\",\"role\":\"AUDITOR\"}", 401, 201, 403, 403, 403));
        c.add(new Case("GET /api/v1/users", "GET", "/api/v1/users", null, null, 401, 200, 403, 403, 403));
        c.add(new Case("GET /api/v1/users/me", "GET", "/api/v1/users/me", null, null, 401, 200, 200, 200, 200));
        c.add(new Case("PATCH /api/v1/users/{username}", "PATCH", "/api/v1/users/auditor", json, () -> "{\"disabled\":false}",
                401, 200, 403, 403, 403));
        // a wrong old password: a 400 shows the route was open to the caller, and no token is spent
        c.add(new Case("POST /api/v1/users/me/password", "POST", "/api/v1/users/me/password", json,
                () -> "{\"oldPassword\":\"not-it-at-all\",\"newPassword\":\"another-long-password\"}", 401, 400, 400, 400, 400));
        c.add(new Case("GET /api/v1/audit", "GET", "/api/v1/audit", null, null, 401, 200, 403, 403, 200));
        c.add(new Case("unknown path", "GET", "/api/v1/nope", null, null, 404, 404, 404, 404, 404));
        c.add(new Case("wrong method", "DELETE", "/api/v1/declarations", null, null, 405, 405, 405, 405, 405));
        c.add(new Case("wrong method on an open path", "GET", "/login", null, null, 405, 405, 405, 405, 405));
        return c;
    }

    @Test
    void everyEndpointAnswersEachRoleAsTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("| endpoint | " + String.join(" | ", WHO) + " |\n|---|---|---|---|---|---|\n");
        for (Case c : cases()) {
            table.append("| ").append(c.route());
            for (int who = 0; who < WHO.length; who++) {
                HttpResponse<String> r = app.send(c.method(), c.path(), tokens[who], c.contentType(),
                        c.body() == null ? null : c.body().get());
                table.append(" | ").append(r.statusCode());
                if (r.statusCode() != c.expected()[who]) {
                    wrong.add(c.route() + " as " + WHO[who] + " → " + r.statusCode() + ", expected " + c.expected()[who]
                            + ": " + (r.body().length() > 200 ? r.body().substring(0, 200) : r.body()));
                } else if (r.statusCode() >= 400) {
                    String problem = shapeProblem(r);
                    if (problem != null) {
                        wrong.add(c.route() + " as " + WHO[who] + ": " + problem);
                    }
                }
            }
            table.append(" |\n");
        }
        System.out.println(table);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static String shapeProblem(HttpResponse<String> r) throws Exception {
        JsonNode body = AccountsServer.read(r);
        String expected = switch (r.statusCode()) {
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            default -> null;
        };
        boolean shaped = ErrorBodies.isErrorShape(body) && body.path("message").isTextual()
                && !body.path("path").asText().isEmpty();
        if (!shaped || (expected != null && !expected.equals(body.path("error").asText()))) {
            return "not the error shape with " + expected + ": " + r.body();
        }
        return null;
    }

    @Test
    void aDepartmentListsOnlyItsOwnUnit() throws Exception {
        HttpResponse<String> other = app.post("/api/v1/declarations", tokens[3],
                AccountsServer.declaration("乙单位", YEAR + 1).toString());
        assertEquals(201, other.statusCode(), other.body());
        app.post("/api/v1/declarations", tokens[1], AccountsServer.declaration("甲单位", YEAR + 1).toString());
        String query = "/api/v1/declarations?year=" + (YEAR + 1);
        assertEquals(2, AccountsServer.read(app.get(query, tokens[1])).get("total").asInt());
        assertEquals(2, AccountsServer.read(app.get(query, tokens[4])).get("total").asInt());
        JsonNode own = AccountsServer.read(app.get(query, tokens[2]));
        assertEquals(1, own.get("total").asInt());
        assertEquals("甲单位", own.get("items").get(0).get("unit").asText());
        JsonNode theirs = AccountsServer.read(app.get(query, tokens[3]));
        assertEquals(1, theirs.get("total").asInt());
        assertEquals("乙单位", theirs.get("items").get(0).get("unit").asText());
        assertEquals("dept-other", theirs.get("items").get(0).get("createdBy").asText());
        // asking for another unit by name shows nothing either
        assertEquals(0, AccountsServer.read(app.get(query + "&unit=%E7%94%B2%E5%8D%95%E4%BD%8D", tokens[3]))
                .get("total").asInt());
    }
}
