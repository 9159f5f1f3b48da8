package jixiao.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no account and no JIXIAO_ADMIN_PASSWORD the stored year answers 503 SETUP_REQUIRED; open routes stay open. */
class SetupRequiredTest {

    @Test
    void withoutAnyAccountTheStoredYearIsClosedAndTheOpenRoutesAreNot() throws Exception {
        try (AccountsServer app = new AccountsServer(Map.of("jixiao.accounts.admin-password", ""))) {
            for (String path : new String[] {"/api/v1/declarations", "/api/v1/years/2026/summary", "/api/v1/users"}) {
                HttpResponse<String> r = app.get(path, null);
                assertEquals(503, r.statusCode(), path);
                assertEquals("SETUP_REQUIRED", AccountsServer.read(r).get("error").asText());
                assertEquals(path, AccountsServer.read(r).get("path").asText());
            }
            assertEquals(503, app.post("/api/v1/batches", null, "[]").statusCode());
            assertEquals(200, app.get("/health", null).statusCode());
            assertEquals(200, app.post("/api/v1/evaluations/preview", null, AccountsServer.example().toString()).statusCode());
            assertEquals(404, app.get("/api/v1/nope", null).statusCode());
            assertEquals(401, TestLogins.login(app.base, "admin", "anything-at-all").statusCode());
        }
    }

    @Test
    void aPasswordThePolicyRefusesStopsTheStartNamingTheVariable() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> new AccountsServer(Map.of("jixiao.accounts.admin-password", "short")).close());
        Throwable cause = e;
        while (cause.getCause() != null && !String.valueOf(cause.getMessage()).contains("JIXIAO_ADMIN_PASSWORD")) {
            cause = cause.getCause();
        }
        org.junit.jupiter.api.Assertions.assertTrue(String.valueOf(cause.getMessage()).contains("JIXIAO_ADMIN_PASSWORD"),
                String.valueOf(e));
    }
}
