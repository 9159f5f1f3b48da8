package jixiao.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * Every route of the service × {empty body, wrong content type, wrong method, malformed id}, and unknown
 * paths, through the real server: each answer has the expected status and the one error shape
 * {@code {"error","message","path"}} with a non-empty path, and the answer's request id ({@code requestId}; not
 * for a request line netty refuses before any filter). The table is printed as it is walked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteWalkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUGE_ID = "9".repeat(3000);
    private TestServer app;
    private String declarationId;
    private String evaluationId;
    private String example;
    private String exampleAssessment;

    @BeforeAll
    void start() throws Exception {
        app = TestServer.start();
        example = Files.readString(Path.of("examples", "hunan-property-management.json"));
        JsonNode root = JSON.readTree(example);
        exampleAssessment = root.get("assessment").toString();
        TestServer.Answer d = app.send("POST", "/api/v1/declarations", "application/json", root.get("declaration").toString());
        assertEquals(201, d.status(), d.body());
        declarationId = JSON.readTree(d.body()).get("id").asText();
        TestServer.Answer e = app.send("POST", "/api/v1/declarations/" + declarationId + "/assessments",
                "application/json", exampleAssessment);
        assertEquals(201, e.status(), e.body());
        evaluationId = JSON.readTree(e.body()).get("id").asText();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    /** One request of the walk and what it must answer. */
    record Case(String route, String kind, String method, String path, String contentType, String body,
                int status, String code, String accept) {
        Case(String route, String kind, String method, String path, String contentType, String body, int status,
             String code) {
            this(route, kind, method, path, contentType, body, status, code, null);
        }
    }

    private List<Case> cases() {
        List<Case> c = new ArrayList<>();
        String decl = "/api/v1/declarations/" + declarationId;
        String eval = "/api/v1/evaluations/" + evaluationId;
        String[][] jsonPosts = {
                {"POST /api/v1/evaluations/preview", "/api/v1/evaluations/preview", example},
                {"POST /api/v1/declarations", "/api/v1/declarations", "{}"},
                {"POST /api/v1/declarations/{id}/assessments", decl + "/assessments", exampleAssessment},
                {"POST /api/v1/batches", "/api/v1/batches", "[]"},
                {"POST /api/v1/years/{year}/spot-checks", "/api/v1/years/2026/spot-checks", "{\"share\": 0.2, \"seed\": 1}"},
                {"POST /api/v1/evaluations/{id}/reviews", eval + "/reviews", "{\"actuals\": []}"},
        };
        for (String[] r : jsonPosts) {
            c.add(new Case(r[0], "empty body", "POST", r[1], "application/json", "", 400, "MISSING_BODY"));
            c.add(new Case(r[0], "no body, text/plain", "POST", r[1], "text/plain", null, 400, "MISSING_BODY"));
            c.add(new Case(r[0], "blank body", "POST", r[1], "application/json", "  \n ", 400, "MISSING_BODY"));
            c.add(new Case(r[0], "wrong content type", "POST", r[1], "text/plain", r[2], 415, "UNSUPPORTED_MEDIA_TYPE"));
            c.add(new Case(r[0], "form content type", "POST", r[1], "application/x-www-form-urlencoded", r[2], 415,
                    "UNSUPPORTED_MEDIA_TYPE"));
            c.add(new Case(r[0], "JSON in GBK", "POST", r[1], "application/json; charset=GBK", r[2], 415,
                    "UNSUPPORTED_MEDIA_TYPE"));
            c.add(new Case(r[0], "wrong method PUT", "PUT", r[1], "application/json", r[2], 405, "METHOD_NOT_ALLOWED"));
            c.add(new Case(r[0], "wrong method DELETE", "DELETE", r[1], null, null, 405, "METHOD_NOT_ALLOWED"));
            // a batch reports an unreadable item among its failures (200); a single document is a 400
            boolean batch = r[0].contains("batches");
            c.add(new Case(r[0], "malformed JSON", "POST", r[1], "application/json", "{bad", batch ? 200 : 400,
                    batch ? null : "MALFORMED_JSON"));
            // a document is the whole body: anything after it but whitespace makes the body malformed
            c.add(new Case(r[0], "text after the document", "POST", r[1], "application/json", r[2] + " xyz",
                    batch ? 200 : 400, batch ? null : "MALFORMED_JSON"));
            c.add(new Case(r[0], "two documents", "POST", r[1], "application/json", r[2] + "\n" + r[2],
                    batch ? 200 : 400, batch ? null : "MALFORMED_JSON"));
        }
        String big = "{\"declaration\":{\"name\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}}";
        for (String[] r : jsonPosts) {
            boolean batch = r[0].contains("batches");
            // a batch streams: an item over the item limit is one of its failures, the batch itself a 200
            c.add(new Case(r[0], "oversized (6 MB)", "POST", r[1], "application/json", batch ? "[" + big + "]" : big,
                    batch ? 200 : 413, batch ? null : "PAYLOAD_TOO_LARGE"));
        }
        String imports = "POST /api/v1/imports";
        c.add(new Case(imports, "empty body", "POST", "/api/v1/imports", "application/octet-stream", "", 400, "MISSING_BODY"));
        c.add(new Case(imports, "no body, text/plain", "POST", "/api/v1/imports", "text/plain", null, 400, "MISSING_BODY"));
        c.add(new Case(imports, "text that is no form", "POST", "/api/v1/imports?filename=a.tsv", "text/plain", example,
                422, "NO_FORM_FOUND"));
        c.add(new Case(imports, "a PDF", "POST", "/api/v1/imports?filename=a.pdf", "application/pdf", "%PDF-1.4", 415,
                "UNSUPPORTED_FORMAT"));
        c.add(new Case(imports, "multipart without boundary", "POST", "/api/v1/imports", "multipart/form-data", "x", 400,
                "MALFORMED_MULTIPART"));
        // the import reads its body as bytes, never through the framework's form decoder
        c.add(new Case(imports, "form with a bad %-escape", "POST", "/api/v1/imports",
                "application/x-www-form-urlencoded", "file=%zz", 422, "NO_FORM_FOUND"));
        c.add(new Case(imports, "multipart, a bad %-escape in its names", "POST", "/api/v1/imports",
                "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a%zz.csv\""
                + "\r\n\r\nx%zz\r\n--b--\r\n", 422, "NO_FORM_FOUND"));
        c.add(new Case(imports, "wrong method GET", "GET", "/api/v1/imports", null, null, 405, "METHOD_NOT_ALLOWED"));
        c.add(new Case(imports, "wrong method PUT", "PUT", "/api/v1/imports", "application/json", "{}", 405,
                "METHOD_NOT_ALLOWED"));
        c.add(new Case("POST /api/v1/batches", "NDJSON content type, empty", "POST", "/api/v1/batches",
                "application/x-ndjson", "", 400, "MISSING_BODY"));
        c.add(new Case("POST /api/v1/declarations/{id}/assessments", "malformed id", "POST",
                "/api/v1/declarations/abc/assessments", "application/json", exampleAssessment, 404, "NOT_FOUND"));
        c.add(new Case("POST /api/v1/declarations/{id}/assessments", "huge id", "POST",
                "/api/v1/declarations/" + HUGE_ID + "/assessments", "application/json", exampleAssessment, 404, "NOT_FOUND"));
        c.add(new Case("POST /api/v1/declarations/{id}/assessments", "unknown id", "POST",
                "/api/v1/declarations/00000000-0000-0000-0000-000000000000/assessments", "application/json",
                exampleAssessment, 404, "NOT_FOUND"));

        String[][] gets = {
                {"GET /health", "/health", null},
                {"GET /api/v1/rulesets", "/api/v1/rulesets", null},
                {"GET /api/v1/declarations", "/api/v1/declarations", null},
                {"GET /api/v1/declarations/{id}", decl, "/api/v1/declarations/%s"},
                {"GET /api/v1/declarations/{id}/evaluations", decl + "/evaluations", "/api/v1/declarations/%s/evaluations"},
                {"GET /api/v1/evaluations/{id}", eval, "/api/v1/evaluations/%s"},
                {"GET /api/v1/years/{year}/summary", "/api/v1/years/2026/summary", null},
                {"GET /api/v1/years/{year}/evaluations.csv", "/api/v1/years/2026/evaluations.csv", null},
                {"GET /api/v1/years/{year}/summary.xlsx", "/api/v1/years/2026/summary.xlsx", null},
                {"GET /api/v1/evaluations/{id}.xlsx", eval + ".xlsx", "/api/v1/evaluations/%s.xlsx"},
        };
        for (String[] r : gets) {
            c.add(new Case(r[0], "GET", "GET", r[1], null, null, 200, null));
            c.add(new Case(r[0], "wrong method POST", "POST", r[1], "application/json", "{}",
                    r[1].equals("/api/v1/declarations") ? 400 : 405, r[1].equals("/api/v1/declarations")
                    ? "MISSING_FIELD" : "METHOD_NOT_ALLOWED"));
            c.add(new Case(r[0], "wrong method DELETE", "DELETE", r[1], null, null, 405, "METHOD_NOT_ALLOWED"));
            c.add(new Case(r[0], "wrong method PATCH", "PATCH", r[1], "application/json", "{}", 405, "METHOD_NOT_ALLOWED"));
            if (r[2] != null) {
                c.add(new Case(r[0], "malformed id", "GET", String.format(r[2], "abc"), null, null, 404, "NOT_FOUND"));
                c.add(new Case(r[0], "numeric id", "GET", String.format(r[2], "12345"), null, null, 404, "NOT_FOUND"));
                c.add(new Case(r[0], "huge id", "GET", String.format(r[2], HUGE_ID), null, null, 404, "NOT_FOUND"));
                c.add(new Case(r[0], "unknown id", "GET", String.format(r[2], "00000000-0000-0000-0000-000000000000"),
                        null, null, 404, "NOT_FOUND"));
            }
        }
        for (String y : List.of("abc", "99999999999999999999", "1999", "-1")) {
            c.add(new Case("GET /api/v1/years/{year}/summary", "malformed year " + y, "GET",
                    "/api/v1/years/" + y + "/summary", null, null, 400, "INVALID_VALUE"));
            c.add(new Case("GET /api/v1/years/{year}/evaluations.csv", "malformed year " + y, "GET",
                    "/api/v1/years/" + y + "/evaluations.csv", null, null, 400, "INVALID_VALUE"));
            c.add(new Case("GET /api/v1/years/{year}/summary.xlsx", "malformed year " + y, "GET",
                    "/api/v1/years/" + y + "/summary.xlsx", null, null, 400, "INVALID_VALUE"));
        }
        String spot = "POST /api/v1/years/{year}/spot-checks";
        String spotList = "GET /api/v1/years/{year}/spot-checks";
        c.add(new Case(spot, "valid", "POST", "/api/v1/years/2026/spot-checks", "application/json",
                "{\"share\": 0.2, \"seed\": 1, \"by\": \"unit\"}", 201, null));
        c.add(new Case(spot, "share out of range", "POST", "/api/v1/years/2026/spot-checks", "application/json",
                "{\"share\": 2, \"seed\": 1}", 400, "INVALID_VALUE"));
        c.add(new Case(spot, "by of the wrong kind", "POST", "/api/v1/years/2026/spot-checks", "application/json",
                "{\"share\": 0.2, \"seed\": 1, \"by\": \"province\"}", 400, "INVALID_VALUE"));
        c.add(new Case(spot, "array body", "POST", "/api/v1/years/2026/spot-checks", "application/json", "[1]", 400,
                "WRONG_TYPE"));
        c.add(new Case(spotList, "GET", "GET", "/api/v1/years/2026/spot-checks", null, null, 200, null));
        c.add(new Case(spotList, "wrong method PATCH", "PATCH", "/api/v1/years/2026/spot-checks", "application/json",
                "{}", 405, "METHOD_NOT_ALLOWED"));
        for (String y : List.of("abc", "99999999999999999999", "1999", "-1")) {
            c.add(new Case(spotList, "malformed year " + y, "GET", "/api/v1/years/" + y + "/spot-checks", null, null,
                    400, "INVALID_VALUE"));
            c.add(new Case(spot, "malformed year " + y, "POST", "/api/v1/years/" + y + "/spot-checks",
                    "application/json", "{\"share\": 0.2, \"seed\": 1}", 400, "INVALID_VALUE"));
        }
        String reviews = "POST /api/v1/evaluations/{id}/reviews";
        String reviewList = "GET /api/v1/evaluations/{id}/reviews";
        c.add(new Case(reviews, "no actuals", "POST", eval + "/reviews", "application/json", "{}", 400, "MISSING_FIELD"));
        c.add(new Case(reviews, "unknown indicator", "POST", eval + "/reviews", "application/json",
                "{\"actuals\": [{\"id\": \"nope\", \"actual\": \"1\"}]}", 400, "UNKNOWN_INDICATOR"));
        c.add(new Case(reviews, "valid", "POST", eval + "/reviews", "application/json",
                "{\"actuals\": [{\"id\": \"q2\", \"actual\": \"3个点位/日\"}]}", 201, null));
        c.add(new Case(reviewList, "GET", "GET", eval + "/reviews", null, null, 200, null));
        c.add(new Case(reviewList, "wrong method PATCH", "PATCH", eval + "/reviews", "application/json", "{}", 405,
                "METHOD_NOT_ALLOWED"));
        for (String id : List.of("abc", "12345", HUGE_ID, "00000000-0000-0000-0000-000000000000")) {
            String shown = id.length() > 40 ? "huge" : id;
            c.add(new Case(reviewList, "id " + shown, "GET", "/api/v1/evaluations/" + id + "/reviews", null, null, 404,
                    "NOT_FOUND"));
            c.add(new Case(reviews, "id " + shown, "POST", "/api/v1/evaluations/" + id + "/reviews", "application/json",
                    "{\"actuals\": []}", 404, "NOT_FOUND"));
        }
        c.add(new Case("GET /api/v1/years/{year}/summary", "bad period", "GET", "/api/v1/years/2026/summary?period=Q3",
                null, null, 400, "INVALID_VALUE"));
        c.add(new Case("GET /api/v1/years/{year}/summary.xlsx", "bad period", "GET",
                "/api/v1/years/2026/summary.xlsx?period=Q3", null, null, 400, "INVALID_VALUE"));
        c.add(new Case("GET /api/v1/evaluations/{id}.xlsx", "unknown suffix", "GET", eval + ".xls", null, null, 404,
                "NOT_FOUND"));
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        c.add(new Case("POST /api/v1/evaluations/preview", "Accept .xlsx", "POST", "/api/v1/evaluations/preview",
                "application/json", example, 200, null, xlsx));
        c.add(new Case("POST /api/v1/evaluations/preview", "Accept .xlsx, empty body", "POST",
                "/api/v1/evaluations/preview", "application/json", "", 400, "MISSING_BODY", xlsx));
        c.add(new Case("POST /api/v1/evaluations/preview", "Accept .xlsx, wrong content type", "POST",
                "/api/v1/evaluations/preview", "text/plain", example, 415, "UNSUPPORTED_MEDIA_TYPE", xlsx));
        c.add(new Case("POST /api/v1/evaluations/preview", "Accept .xlsx, malformed JSON", "POST",
                "/api/v1/evaluations/preview", "application/json", "{bad", 400, "MALFORMED_JSON", xlsx));
        c.add(new Case("GET /api/v1/evaluations/{id}.xlsx", "Accept text/csv", "GET", eval + ".xlsx", null, null, 406,
                "NOT_ACCEPTABLE", "text/csv"));
        c.add(new Case("GET /api/v1/declarations", "bad size", "GET", "/api/v1/declarations?size=100000",
                null, null, 400, "INVALID_VALUE"));
        c.add(new Case("GET /api/v1/declarations", "bad page", "GET", "/api/v1/declarations?page=-1",
                null, null, 400, "INVALID_VALUE"));

        String re = "POST /api/v1/evaluations/{id}/reevaluate";
        c.add(new Case(re, "no body", "POST", eval + "/reevaluate", null, null, 201, null));
        c.add(new Case(re, "empty JSON body", "POST", eval + "/reevaluate", "application/json", "", 201, null));
        c.add(new Case(re, "wrong method GET", "GET", eval + "/reevaluate", null, null, 405, "METHOD_NOT_ALLOWED"));
        c.add(new Case(re, "wrong method DELETE", "DELETE", eval + "/reevaluate", null, null, 405, "METHOD_NOT_ALLOWED"));
        c.add(new Case(re, "malformed id", "POST", "/api/v1/evaluations/abc/reevaluate", null, null, 404, "NOT_FOUND"));
        c.add(new Case(re, "huge id", "POST", "/api/v1/evaluations/" + HUGE_ID + "/reevaluate", null, null, 404, "NOT_FOUND"));
        c.add(new Case(re, "unknown id", "POST", "/api/v1/evaluations/00000000-0000-0000-0000-000000000000/reevaluate",
                null, null, 404, "NOT_FOUND"));

        // accounts: the routes' own refusals come before any role check of the body
        c.add(new Case("POST /login", "empty body", "POST", "/login", "application/json", "", 400, "MISSING_BODY"));
        c.add(new Case("POST /login", "wrong content type", "POST", "/login", "text/plain", "x", 415,
                "UNSUPPORTED_MEDIA_TYPE"));
        c.add(new Case("POST /login", "wrong method GET", "GET", "/login", null, null, 405, "METHOD_NOT_ALLOWED"));
        String form = "application/x-www-form-urlencoded";
        // no body or an empty one is MISSING_BODY whatever the content type: the JSON and the form route share the
        // path, so the framework answered "More than 1 route matched" without one, 415 for text/plain, and an
        // empty form was a missing username
        c.add(new Case("POST /login", "no body, no content type", "POST", "/login", null, null, 400, "MISSING_BODY"));
        c.add(new Case("POST /login", "no body, text/plain", "POST", "/login", "text/plain", null, 400, "MISSING_BODY"));
        c.add(new Case("POST /login", "empty body, text/plain", "POST", "/login", "text/plain", "", 400, "MISSING_BODY"));
        c.add(new Case("POST /login", "empty form", "POST", "/login", form, "", 400, "MISSING_BODY"));
        c.add(new Case("POST /login", "blank form", "POST", "/login", form, " \r\n", 400, "MISSING_BODY"));
        c.add(new Case("POST /login", "blank body", "POST", "/login", "application/json", "  \n ", 400, "MISSING_BODY"));
        // a body without a content type is read as JSON, as by every JSON route
        c.add(new Case("POST /login", "body, no content type", "POST", "/login", null,
                "{\"username\":\"nobody\",\"password\":\"wrong-password\"}", 401, "LOGIN_FAILED"));
        c.add(new Case("POST /login", "multipart", "POST", "/login", "multipart/form-data; boundary=b",
                "--b\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nx\r\n--b--\r\n", 415,
                "UNSUPPORTED_MEDIA_TYPE"));
        c.add(new Case("POST /login", "form without username", "POST", "/login", form, "password=x", 400, "MISSING_FIELD"));
        // a form whose %-escapes cannot be decoded is the client's error (it was a 500 from netty's decoder)
        c.add(new Case("POST /login", "form with a bad %-escape", "POST", "/login", form, "username=%zz&password=x", 400,
                "MALFORMED_JSON"));
        c.add(new Case("POST /login", "form with a cut %-escape", "POST", "/login", form, "username=admin&password=x%4", 400,
                "MALFORMED_JSON"));
        c.add(new Case("POST /login", "form with a bad %-escape in a name", "POST", "/login", form, "user%zzname=a", 400,
                "MALFORMED_JSON"));
        c.add(new Case("POST /login", "wrong password", "POST", "/login", "application/json",
                "{\"username\":\"nobody\",\"password\":\"wrong-password\"}", 401, "LOGIN_FAILED"));
        c.add(new Case("POST /login", "text after the document", "POST", "/login", "application/json",
                "{\"username\":\"nobody\",\"password\":\"wrong-password\"}garbage", 400, "MALFORMED_JSON"));
        c.add(new Case("POST /api/v1/users", "empty body", "POST", "/api/v1/users", "application/json", "", 400,
                "MISSING_BODY"));
        c.add(new Case("POST /api/v1/users", "wrong content type", "POST", "/api/v1/users", "text/plain", "{}", 415,
                "UNSUPPORTED_MEDIA_TYPE"));
        c.add(new Case("POST /api/v1/users", "no role", "POST", "/api/v1/users", "application/json",
                "{\"username\":\"x\",\"password\":\"long-enough-password\"}", 400, "MISSING_FIELD"));
        c.add(new Case("POST /api/v1/users", "role of the wrong kind", "POST", "/api/v1/users", "application/json",
                "{\"username\":\"x\",\"password\":\"long-enough-password\",\"role\":\"KING\"}", 400, "INVALID_VALUE"));
        c.add(new Case("PATCH /api/v1/users/{username}", "a password", "PATCH", "/api/v1/users/admin", "application/json",
                "{\"password\":\"new-long-password\"}", 400, "UNKNOWN_FIELD"));
        c.add(new Case("PATCH /api/v1/users/{username}", "disabled of the wrong kind", "PATCH", "/api/v1/users/admin",
                "application/json", "{\"disabled\":\"yes\"}", 400, "WRONG_TYPE"));
        c.add(new Case("PATCH /api/v1/users/{username}", "unknown username", "PATCH", "/api/v1/users/nobody",
                "application/json", "{\"disabled\":true}", 404, "NOT_FOUND"));
        c.add(new Case("PATCH /api/v1/users/{username}", "wrong method DELETE", "DELETE", "/api/v1/users/admin", null,
                null, 405, "METHOD_NOT_ALLOWED"));
        c.add(new Case("PATCH /api/v1/users/{username}", "the last bureau disabled", "PATCH", "/api/v1/users/admin",
                "application/json", "{\"disabled\":true}", 409, "LAST_BUREAU"));
        c.add(new Case("GET /api/v1/audit", "GET", "GET", "/api/v1/audit", null, null, 200, null));
        c.add(new Case("GET /api/v1/audit", "bad page", "GET", "/api/v1/audit?page=-1", null, null, 400, "INVALID_VALUE"));
        c.add(new Case("GET /api/v1/audit", "bad action", "GET", "/api/v1/audit?action=x", null, null, 400, "INVALID_VALUE"));
        c.add(new Case("GET /api/v1/audit", "wrong method POST", "POST", "/api/v1/audit", "application/json", "{}", 405,
                "METHOD_NOT_ALLOWED"));

        // "/" is the web pages' home (jixiao.pages.PagesServedTest)
        for (String p : List.of("/nope", "/api", "/api/v1", "/api/v1/nope", "/api/v1/evaluations", decl + "/nope",
                "/api/v1/years/2026", "/api/v1/years/2026/summary/x",
                "/api/v1/years/2026/summary.xlsx/x", "/api/v1/evaluations/.xlsx", eval + ".xlsx/x", "/%E4%B8%AD", "/api/v1/v2/declarations")) {
            c.add(new Case("unknown path", p.length() > 40 ? p.substring(0, 40) + "…" : p, "GET", p, null, null, 404,
                    "NOT_FOUND"));
        }
        c.add(new Case("unknown path", "POST /nope", "POST", "/nope", "application/json", "{}", 404, "NOT_FOUND"));
        // beyond netty's request-line limit (4 096) there is no request to route: the framework answers 413
        c.add(new Case("unknown path", "GET, 5 000-character path", "GET", "/api/v1/" + "x".repeat(5_000), null, null,
                413, "PAYLOAD_TOO_LARGE"));
        return c;
    }

    /**
     * A request refused for its path must still have its body read: a large body left unread stalled the
     * next request on the same connection (every second one timed out — found by the fuzz run).
     */
    @Test
    void aRefusedRequestWithALargeBodyLeavesTheConnectionUsable() throws Exception {
        String body = "{\"period\":\"FULL_YEAR\",\"spendingReason\":\"" + "字".repeat(300_000) + "\"}";
        for (int i = 0; i < 4; i++) {
            TestServer.Answer a = app.send("POST", "/api/v1/declarations/abc/assessments", "application/json", body);
            assertEquals(404, a.status(), a.body());
        }
    }

    /** A form the decoder refuses is answered 400 and logs no error of the service's (no stack trace). */
    @Test
    void anUndecodableFormLogsNoError() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        root.addAppender(events);
        try {
            TestServer.Answer a = app.send("POST", "/login", "application/x-www-form-urlencoded", "username=%zz&password=x");
            assertEquals(400, a.status(), a.body());
            assertEquals("MALFORMED_JSON", JSON.readTree(a.body()).get("error").asText());
        } finally {
            root.detachAppender(events);
        }
        assertEquals(List.of(), events.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(ILoggingEvent::getFormattedMessage).toList());
    }

    /** curl's {@code -XPOST} alone: a request with neither Content-Length nor Content-Type, so no body at all. */
    @Test
    void aLoginWithNoBodyAtAllIsMissingBody() throws Exception {
        URI uri = URI.create(app.base());
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /login HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nConnection: close"
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertEquals("MISSING_BODY", JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4)).get("error").asText(),
                    answer);
        }
    }

    /** What a browser sends (it accepts HTML): the answer is still the JSON error shape. */
    @Test
    void aBrowserGetsTheSameShape() throws Exception {
        TestServer.Answer a = app.send("GET", "/nope", null, null, "text/html,application/xhtml+xml");
        assertEquals(404, a.status());
        JsonNode body = JSON.readTree(a.body());
        assertEquals("NOT_FOUND", body.get("error").asText());
        assertEquals("/nope", body.get("path").asText());
    }

    @Test
    void everyRouteAnswersEveryOddRequestWithTheStatusAndTheErrorShape() throws Exception {
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("| route | case | status | error |\n|---|---|---|---|\n");
        for (Case c : cases()) {
            TestServer.Answer a = app.send(c.method(), c.path(), c.contentType(), c.body(), c.accept());
            String code = null;
            if (a.status() >= 400) {
                JsonNode body = readOrNull(a.body());
                boolean shaped = body != null && body.isObject() && body.path("error").isTextual()
                        && body.size() == 4 && body.path("requestId").isTextual()
                        && body.path("message").isTextual() && body.path("path").isTextual()
                        && !body.path("path").asText().isEmpty();
                code = body == null ? null : body.path("error").asText(null);
                if (!shaped) {
                    wrong.add(c + " → not the error shape: " + a.body());
                }
            }
            if (a.status() != c.status() || (c.code() != null && !c.code().equals(code))) {
                wrong.add(c.route() + " / " + c.kind() + " → " + a.status() + " " + code + ", expected " + c.status()
                        + " " + c.code() + ": " + abbreviate(a.body()));
            }
            table.append("| ").append(c.route()).append(" | ").append(c.kind()).append(" | ").append(a.status())
                    .append(" | ").append(code == null ? "" : code).append(" |\n");
        }
        System.out.println(table);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static JsonNode readOrNull(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s == null || s.length() < 300 ? s : s.substring(0, 300) + "…";
    }
}
