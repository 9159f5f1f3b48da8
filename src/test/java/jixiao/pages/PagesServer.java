package jixiao.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import jixiao.accounts.TestLogins;

/**
 * The real service on a free port over a fresh H2 file, with the first account (admin, BUREAU), and the API
 * calls the tests use to set the scene (accounts, stored evaluations) with bearer tokens.
 */
final class PagesServer implements AutoCloseable {
    static final String ADMIN = TestLogins.ADMIN;
    static final String ADMIN_PASSWORD = TestLogins.ADMIN_PASSWORD;
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    final EmbeddedServer server;
    final String base;

    PagesServer() throws IOException {
        Path dir = Files.createTempDirectory("jixiao-pages");
        Map<String, Object> properties = new HashMap<>(TestLogins.properties(dir.toString()));
        properties.put("micronaut.server.port", -1);
        properties.put("datasources.default.url", "jdbc:h2:file:" + dir.resolve("jixiao").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        base = server.getURL().toString();
    }

    String token(String username, String password) throws IOException, InterruptedException {
        return TestLogins.token(base, username, password);
    }

    /** Creates an account as admin (its password: the username + "-password"). */
    void account(String adminToken, String username, String role, String unit) throws IOException, InterruptedException {
        var body = JSON.createObjectNode().put("username", username).put("password", password(username)).put("role", role);
        if (unit != null) {
            body.put("unit", unit);
        }
        send("POST", "/api/v1/users", adminToken, body.toString(), 201);
    }

    static String password(String username) {
        return username + "-password";
    }

    /** Stores an example's declaration and assessment as admin; returns the evaluation. */
    JsonNode storeExample(String token, String example) throws IOException, InterruptedException {
        JsonNode request = JSON.readTree(Files.readString(Path.of("examples", example + ".json")));
        String declarationId = send("POST", "/api/v1/declarations", token, request.get("declaration").toString(), 201)
                .get("id").asText();
        return send("POST", "/api/v1/declarations/" + declarationId + "/assessments", token,
                request.get("assessment").toString(), 201);
    }

    JsonNode send(String method, String path, String token, String json, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().isEmpty() ? null : JSON.readTree(r.body());
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
