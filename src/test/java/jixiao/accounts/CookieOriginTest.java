package jixiao.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A write carrying the pages' login cookie must come from the service's own pages (CSRF). */
class CookieOriginTest {
    private static final String DECLARATIONS = "/api/v1/declarations";
    private static final String OTHER = "http://localhost:1";
    private AccountsServer app;
    private String cookie;

    @BeforeEach
    void start() throws Exception {
        app = new AccountsServer();
        HttpResponse<String> login = app.send(HttpRequest.newBuilder(app.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + TestLogins.ADMIN_PASSWORD)));
        String set = login.headers().firstValue("Set-Cookie").orElseThrow();
        cookie = set.substring(0, set.indexOf(';'));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private HttpResponse<String> declare(String header, String value, boolean withCookie, String token) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(app.uri(DECLARATIONS)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(AccountsServer.declaration("甲单位", 2091).toString()));
        if (header != null) {
            r.header(header, value);
        }
        if (withCookie) {
            r.header("Cookie", cookie);
        }
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return app.send(r);
    }

    private String own() {
        return "http://" + app.uri("/").getRawAuthority();
    }

    @Test
    void aCookieWriteFromAnotherSiteIsRefusedInTheErrorShape() throws Exception {
        // another site on the same machine (Micronaut itself refuses origins off the machine to a loopback server)
        HttpResponse<String> r = declare("Origin", OTHER, true, null);
        assertEquals(403, r.statusCode(), r.body());
        assertEquals("FORBIDDEN", AccountsServer.read(r).get("error").asText());
        assertEquals(403, declare("Origin", "http://" + app.uri("/").getHost() + ":1", true, null).statusCode());
        assertEquals(403, declare("Referer", OTHER + "/page.html", true, null).statusCode());
    }

    @Test
    void aRequestTheFrameworkRefusesFromAnotherMachineStillAnswersTheErrorShape() throws Exception {
        // Micronaut refuses an origin off the machine to a server on the loopback address, by status alone
        HttpResponse<String> r = declare("Origin", "http://evil.example", false, app.adminToken());
        assertEquals(403, r.statusCode(), r.body());
        assertEquals("FORBIDDEN", AccountsServer.read(r).get("error").asText());
        assertEquals(DECLARATIONS, AccountsServer.read(r).get("path").asText());
    }

    @Test
    void aCookieWriteFromTheServicesOwnPagesPasses() throws Exception {
        assertEquals(201, declare("Origin", own(), true, null).statusCode());
        assertEquals(201, declare("Referer", own() + "/preview.html", true, null).statusCode());
    }

    @Test
    void bearerTokensAndClientsWithoutAnOriginAreNotConcerned() throws Exception {
        HttpResponse<String> bearer = declare("Origin", OTHER, false, app.adminToken());
        assertEquals(201, bearer.statusCode(), bearer.body() + " " + bearer.headers().map());
        assertEquals(201, declare(null, null, true, null).statusCode());
    }
}
