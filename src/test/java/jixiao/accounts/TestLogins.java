package jixiao.accounts;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * For the harnesses that start a server: the properties that create the first account ({@code admin}, BUREAU)
 * and keep the data folder beside the test's database, and a login that returns a bearer token.
 */
public final class TestLogins {
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password-1";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestLogins() {
    }

    /** Server properties: the first account's password and the data folder (for the signing secret). */
    public static Map<String, Object> properties(String dataDir) {
        Map<String, Object> p = new HashMap<>();
        p.put("jixiao.accounts.admin-password", ADMIN_PASSWORD);
        p.put("jixiao.data-dir", dataDir);
        return p;
    }

    /** The bearer token of {@code username} at {@code base} (e.g. {@code http://127.0.0.1:1234}). */
    public static String token(String base, String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = login(base, username, password);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login of " + username + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    public static String adminToken(String base) throws IOException, InterruptedException {
        return token(base, ADMIN, ADMIN_PASSWORD);
    }

    public static HttpResponse<String> login(String base, String username, String password)
            throws IOException, InterruptedException {
        String body = JSON.createObjectNode().put("username", username).put("password", password).toString();
        return CLIENT.send(HttpRequest.newBuilder(URI.create(strip(base) + "/login"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String strip(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
