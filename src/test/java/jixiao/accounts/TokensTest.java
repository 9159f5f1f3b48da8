package jixiao.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Tokens: only a valid one of an enabled account opens the stored year; the cookie is read as a token. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokensTest {
    private static final String LIST = "/api/v1/declarations";
    private AccountsServer app;

    @BeforeAll
    void start() throws Exception {
        app = new AccountsServer();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private static String signed(String secret, String subject, Instant issued, Instant expires) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().subject(subject)
                .claim("roles", List.of("BUREAU")).issueTime(Date.from(issued)).expirationTime(Date.from(expires)).build());
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private void assertUnauthorized(String token, String what) throws Exception {
        HttpResponse<String> r = app.get(LIST, token);
        assertEquals(401, r.statusCode(), what + ": " + r.body());
        assertEquals("UNAUTHORIZED", AccountsServer.read(r).get("error").asText(), what);
        assertEquals(LIST, AccountsServer.read(r).get("path").asText(), what);
    }

    @Test
    void theLoginAnswersABearerTokenThatOpensTheStoredYear() throws Exception {
        HttpResponse<String> r = TestLogins.login(app.base, TestLogins.ADMIN, TestLogins.ADMIN_PASSWORD);
        assertEquals(200, r.statusCode(), r.body());
        var body = AccountsServer.read(r);
        assertEquals("Bearer", body.get("token_type").asText());
        assertEquals(8 * 3600, body.get("expires_in").asInt());
        assertEquals(200, app.get(LIST, body.get("access_token").asText()).statusCode());
    }

    @Test
    void expiredTamperedForeignAndUnsignedTokensAre401() throws Exception {
        Instant now = Instant.now();
        assertEquals(200, app.get(LIST, signed(AccountsServer.SECRET, "admin", now, now.plusSeconds(60)))
                .statusCode(), "a token signed with the service's secret is good: the forged ones below differ in one way");
        assertUnauthorized(signed(AccountsServer.SECRET, "admin", now, now.minusSeconds(1)), "expired");
        assertUnauthorized(signed("another-secret-of-more-than-thirty-two-bytes", "admin", now, now.plusSeconds(60)),
                "signed with another secret");
        String good = app.adminToken();
        String[] parts = good.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"sub\":\"admin\"", "\"sub\":\"admin2\"");
        assertUnauthorized(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2], "tampered payload");
        assertUnauthorized(good.substring(0, good.length() - 3) + (good.endsWith("AAA") ? "BBB" : "AAA"), "tampered signature");
        assertUnauthorized(new PlainJWT(new JWTClaimsSet.Builder().subject("admin").issueTime(new Date())
                .expirationTime(Date.from(now.plusSeconds(60))).build()).serialize(), "unsigned (alg none)");
        assertUnauthorized(signed(AccountsServer.SECRET, "nobody", now, now.plusSeconds(60)), "no such account");
        assertUnauthorized("not-a-token", "garbage");
    }

    @Test
    void aDisabledAccountsTokenStopsAtOnceAndAChangedRoleAppliesAtOnce() throws Exception {
        String dept = app.account("dept-d", Role.DEPARTMENT, "丙单位");
        String admin = app.adminToken();
        assertEquals(200, app.get(LIST, dept).statusCode());
        assertEquals(200, app.send("PATCH", "/api/v1/users/dept-d", admin, "application/json", "{\"disabled\":true}")
                .statusCode());
        assertUnauthorized(dept, "disabled account");
        assertEquals(401, TestLogins.login(app.base, "dept-d", "dept-d-password").statusCode());
        assertEquals(200, app.send("PATCH", "/api/v1/users/dept-d", admin, "application/json", "{\"disabled\":false}")
                .statusCode());
        assertEquals(200, app.get(LIST, dept).statusCode());
        assertEquals(403, app.get("/api/v1/audit", dept).statusCode());
        HttpResponse<String> r = app.send("PATCH", "/api/v1/users/dept-d", admin, "application/json", "{\"role\":\"AUDITOR\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(AccountsServer.read(r).get("unit").isNull());
        assertEquals(200, app.get("/api/v1/audit", dept).statusCode(), "the same token now reads as an auditor");
    }

    @Test
    void aPasswordChangeEndsTheTokensGivenBefore() throws Exception {
        String token = app.account("changer", Role.AUDITOR, null);
        Thread.sleep(1100);  // tokens carry their issue time in whole seconds
        HttpResponse<String> r = app.post("/api/v1/users/me/password", token,
                "{\"oldPassword\":\"changer-password\",\"newPassword\":\"a-new-long-password\"}");
        assertEquals(204, r.statusCode(), r.body());
        assertUnauthorized(token, "token from before the change");
        assertEquals(401, TestLogins.login(app.base, "changer", "changer-password").statusCode());
        assertEquals(200, app.get(LIST, TestLogins.token(app.base, "changer", "a-new-long-password")).statusCode());
        HttpResponse<String> weak = app.post("/api/v1/users/me/password", TestLogins.token(app.base, "changer",
                "a-new-long-password"), "{\"oldPassword\":\"a-new-long-password\",\"newPassword\":\"short\"}");
        assertEquals(400, weak.statusCode());
        assertEquals("newPassword", AccountsServer.read(weak).get("path").asText());
    }

    @Test
    void aFormLoginSetsAStrictHttpOnlyCookieThatIsReadAsAToken() throws Exception {
        HttpResponse<String> r = app.send(HttpRequest.newBuilder(app.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + TestLogins.ADMIN_PASSWORD)));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/", r.headers().firstValue("Location").orElseThrow());
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith("JWT="), setCookie);
        for (String attribute : List.of("httponly", "samesite=strict", "path=/")) {
            assertTrue(setCookie.toLowerCase(java.util.Locale.ROOT).contains(attribute), setCookie);
        }
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        assertEquals(200, app.send(HttpRequest.newBuilder(app.uri(LIST)).header("Cookie", cookie).GET()).statusCode());
        HttpResponse<String> out = app.send(HttpRequest.newBuilder(app.uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("")));
        assertEquals(303, out.statusCode());
        String cleared = out.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cleared.startsWith("JWT=;") && cleared.contains("Max-Age=0"), cleared);
        HttpResponse<String> wrong = app.send(HttpRequest.newBuilder(app.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=wrong-password")));
        assertEquals(401, wrong.statusCode());
        assertEquals("LOGIN_FAILED", AccountsServer.read(wrong).get("error").asText());
    }

    @Test
    void badLoginBodiesAre4xxInTheErrorShape() throws Exception {
        HttpResponse<String> missing = app.post("/login", null, "{\"username\":\"admin\"}");
        assertEquals(400, missing.statusCode());
        assertEquals("password", AccountsServer.read(missing).get("path").asText());
        assertEquals(400, app.post("/login", null, "").statusCode());
        assertEquals(415, app.send("POST", "/login", null, "text/plain", "x").statusCode());
    }

    /** A token lapses after the configured lifetime. */
    @Test
    void aTokenExpiresAfterItsLifetime() throws Exception {
        try (AccountsServer shortLived = new AccountsServer(Map.of("jixiao.accounts.token-lifetime", "1s"))) {
            String token = shortLived.adminToken();
            assertEquals(200, shortLived.get(LIST, token).statusCode());
            Thread.sleep(2100);
            HttpResponse<String> r = shortLived.get(LIST, token);
            assertEquals(401, r.statusCode(), r.body());
            assertEquals("UNAUTHORIZED", AccountsServer.read(r).get("error").asText());
        }
    }

    /** Without JIXIAO_JWT_SECRET the secret is generated once, kept owner-only, and tokens survive a restart. */
    @Test
    void aGeneratedSecretIsKeptSoTokensSurviveARestart() throws Exception {
        String token;
        java.nio.file.Path dir;
        try (AccountsServer first = new AccountsServer(Map.of("jixiao.accounts.jwt-secret", ""))) {
            dir = first.dir;
            token = first.adminToken();
        }
        var secret = dir.resolve("jwt-secret");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
        assertFalse(Files.readString(secret).isBlank());
        try (AccountsServer second = new AccountsServer(dir, Map.of("jixiao.accounts.jwt-secret", ""))) {
            assertEquals(200, second.get(LIST, token).statusCode());
        }
    }
}
