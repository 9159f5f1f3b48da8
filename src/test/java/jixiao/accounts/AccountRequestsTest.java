package jixiao.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import jixiao.web.ErrorBodies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the accounts' requests take, through the real server: a change names only what it can change (a field it
 * cannot change is refused, not ignored, so that no one takes a 200 for a reset password), and a value of the
 * wrong kind is named with what it may be.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountRequestsTest {
    private static final String PASSWORD = "dept-x-password";
    private AccountsServer app;
    private String admin;

    @BeforeAll
    void start() throws Exception {
        app = new AccountsServer();
        admin = app.adminToken();
        app.account("dept-x", Role.DEPARTMENT, "甲单位");
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private JsonNode refused(HttpResponse<String> r, String code, String path) throws Exception {
        assertEquals(400, r.statusCode(), r.body());
        JsonNode body = AccountsServer.read(r);
        ErrorBodies.assertErrorShape(body);
        assertEquals(code, body.get("error").asText(), r.body());
        assertEquals(path, body.get("path").asText(), r.body());
        return body;
    }

    private HttpResponse<String> change(String json) throws Exception {
        return app.send("PATCH", "/api/v1/users/dept-x", admin, "application/json", json);
    }

    private JsonNode account(String username) throws Exception {
        for (JsonNode a : AccountsServer.read(app.get("/api/v1/users", admin))) {
            if (a.get("username").asText().equals(username)) {
                return a;
            }
        }
        return null;
    }

    @Test
    void aPasswordInAChangeIsRefusedNamingWhatCanBeChanged() throws Exception {
        String message = refused(change("{\"password\":\"new-long-password\"}"), "UNKNOWN_FIELD", "password")
                .get("message").asText();
        assertTrue(message.contains("password") && message.contains("disabled, role, unit"), message);
        assertTrue(message.contains("/api/v1/users/me/password"), message);
        assertEquals(200, TestLogins.login(app.base, "dept-x", PASSWORD).statusCode(), "the password is unchanged");
        assertEquals(401, TestLogins.login(app.base, "dept-x", "new-long-password").statusCode());
    }

    @Test
    void aRenameIsRefusedAndTheAccountKeepsItsName() throws Exception {
        String message = refused(change("{\"username\":\"renamed\"}"), "UNKNOWN_FIELD", "username").get("message").asText();
        assertTrue(message.contains("username") && message.contains("disabled, role, unit"), message);
        assertTrue(account("dept-x") != null && account("renamed") == null);
    }

    @Test
    void aChangeWithOneFieldItCannotMakeChangesNothing() throws Exception {
        refused(change("{\"disabled\":true,\"passwort\":\"x\"}"), "UNKNOWN_FIELD", "passwort");
        assertFalse(account("dept-x").get("disabled").asBoolean());
    }

    @Test
    void disabledIsTrueOrFalse() throws Exception {
        for (String v : new String[] {"\"yes\"", "1", "\"true\"", "{}"}) {
            String message = refused(change("{\"disabled\":" + v + "}"), "WRONG_TYPE", "disabled").get("message").asText();
            assertTrue(message.contains("true or false"), message);
        }
        assertFalse(account("dept-x").get("disabled").asBoolean());
    }

    @Test
    void aRoleIsOneOfTheRolesByName() throws Exception {
        String create = "{\"username\":\"someone\",\"password\":\"long-enough-password\",\"role\":%s}";
        for (String v : new String[] {"\"ROOT\"", "\"bureau\"", "1"}) {
            for (HttpResponse<String> r : java.util.List.of(change("{\"role\":" + v + "}"),
                    app.post("/api/v1/users", admin, String.format(create, v)))) {
                String message = refused(r, "INVALID_VALUE", "role").get("message").asText();
                assertTrue(message.startsWith("role ") && message.contains("AUDITOR, BUREAU, DEPARTMENT"), message);
            }
        }
        assertEquals("DEPARTMENT", account("dept-x").get("role").asText());
        assertEquals(null, account("someone"));
    }

    /** A value of another kind is named with the kind expected, not "must be an object" (what every mismatch said). */
    @Test
    void textThatIsSentAsAnObjectIsNamedAsText() throws Exception {
        String message = refused(app.post("/api/v1/users", admin,
                "{\"username\":{},\"password\":\"long-enough-password\",\"role\":\"AUDITOR\"}"), "WRONG_TYPE", "username")
                .get("message").asText();
        assertEquals("username must be text", message);
        refused(app.send("POST", "/login", null, "application/json", "{\"username\":[],\"password\":\"x\"}"), "WRONG_TYPE",
                "username");
    }

    @Test
    void whatCanBeChangedIsChanged() throws Exception {
        HttpResponse<String> r = change("{\"disabled\":true}");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(AccountsServer.read(r).get("disabled").asBoolean());
        r = change("{\"disabled\":false,\"unit\":\"甲单位\",\"role\":\"DEPARTMENT\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(AccountsServer.read(r).get("disabled").asBoolean());
    }
}
