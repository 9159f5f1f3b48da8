package jixiao.storage;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import jixiao.accounts.TestLogins;

/**
 * A real server on a free port over a database of the test's choosing, with the first account created and
 * logged in (every request sends its token); closed by the test.
 */
final class StorageHarness implements AutoCloseable {
    /** Set (e.g. by .ci/run) to run the storage tests against PostgreSQL too. */
    static final String PG_URL_VARIABLE = "JIXIAO_TEST_PG_URL";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    final EmbeddedServer server;
    /** The first account's (admin, BUREAU) bearer token, sent with every request of this harness. */
    final String token;

    StorageHarness(String jdbcUrl, Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(TestLogins.properties(dataDir()));
        properties.putAll(more);
        properties.put("micronaut.server.port", -1);
        properties.put("datasources.default.url", jdbcUrl);
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        try {
            token = TestLogins.adminToken(server.getURL().toString());
        } catch (IOException | InterruptedException e) {
            server.close();
            throw new IllegalStateException(e);
        }
    }

    private static String dataDir() {
        try {
            return Files.createTempDirectory("jixiao-data").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    StorageHarness(String jdbcUrl) {
        this(jdbcUrl, Map.of());
    }

    static String h2File(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("jixiao").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** A fresh schema in the test PostgreSQL, so runs never see each other's rows. */
    static String freshPostgresSchema(String baseUrl) throws SQLException {
        String schema = "jixiao_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(baseUrl)) {
            c.createStatement().execute("create schema " + schema);
        }
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static void dropPostgresSchema(String url) throws SQLException {
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        String base = url.substring(0, url.indexOf("currentSchema=") - 1);
        try (Connection c = DriverManager.getConnection(base)) {
            c.createStatement().execute("drop schema " + schema + " cascade");
        }
    }

    /** An H2 database setting as a connection of the service's pool sees it (information_schema.settings). */
    String h2Setting(String name) {
        return bean(Store.class).write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select setting_value from information_schema.settings where setting_name = ?")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return post(path, body, "application/json");
    }

    HttpResponse<String> post(String path, String body, String contentType) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", contentType).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The body as bytes, as sent: for bytes that are no UTF-8. */
    HttpResponse<String> post(String path, byte[] body, String contentType) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", contentType).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String example(String name) throws IOException {
        return Files.readString(Path.of("examples", name + ".json"));
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
