package jixiao.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The real server on a free port over a fresh H2 file in {@link #dir}, with the first account (admin) and a
 * known signing secret, so that tests can forge tokens; closed by the test.
 */
final class AccountsServer implements AutoCloseable {
    static final String SECRET = "a-test-signing-secret-of-more-than-32-bytes";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    final Path dir;
    final EmbeddedServer server;
    final String base;

    AccountsServer(Map<String, Object> more) throws IOException {
        this(Files.createTempDirectory("jixiao-accounts"), more);
    }

    AccountsServer(Path dir, Map<String, Object> more) {
        this.dir = dir;
        Map<String, Object> p = new HashMap<>(TestLogins.properties(dir.toString()));
        p.put("micronaut.server.port", -1);
        p.put("datasources.default.url", "jdbc:h2:file:" + dir.resolve("jixiao").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        p.putAll(more);
        server = ApplicationContext.run(EmbeddedServer.class, p);
        base = server.getURL().toString();
    }

    AccountsServer() throws IOException {
        this(Map.of("jixiao.accounts.jwt-secret", SECRET));
    }

    String adminToken() throws Exception {
        return TestLogins.adminToken(base);
    }

    /** Creates an account as admin; returns its token. */
    String account(String username, Role role, String unit) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("username", username).put("password", username + "-password")
                .put("role", role.name());
        if (unit != null) {
            body.put("unit", unit);
        }
        HttpResponse<String> r = send("POST", "/api/v1/users", adminToken(), "application/json", body.toString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("account " + username + ": " + r.statusCode() + " " + r.body());
        }
        return TestLogins.token(base, username, username + "-password");
    }

    /** Sends a request with a bearer {@code token} (null: none) and a body (null: none). */
    HttpResponse<String> send(String method, String path, String token, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, null, null);
    }

    HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
        return send("POST", path, token, "application/json", json);
    }

    /** A request with headers of the test's own (a cookie, say). */
    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    /** An example's declaration for {@code unit} and {@code year}. */
    static ObjectNode declaration(String unit, int year) throws IOException {
        ObjectNode d = (ObjectNode) example().get("declaration");
        d.put("unit", unit);
        d.put("year", year);
        return d;
    }

    static JsonNode example() throws IOException {
        return JSON.readTree(Files.readString(Path.of("examples", "hunan-property-management.json")));
    }

    static JsonNode read(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
