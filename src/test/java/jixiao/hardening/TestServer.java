package jixiao.hardening;

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
 * The real server on a free port over a fresh H2 file, or a server already running at a base URL; either way
 * logged in as a bureau, whose token every request sends.
 */
final class TestServer implements AutoCloseable {
    private final EmbeddedServer server;
    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** A bureau's bearer token, sent with every request. */
    private final String token;

    private TestServer(EmbeddedServer server, String base, String token) {
        this.server = server;
        this.base = base;
        this.token = token;
    }

    /** A fresh server whose first account (admin, BUREAU) is logged in. */
    static TestServer start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("jixiao-hardening");
        String url = "jdbc:h2:file:" + dir.resolve("jixiao").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Map<String, Object> properties = new HashMap<>(TestLogins.properties(dir.toString()));
        properties.put("micronaut.server.port", -1);
        properties.put("datasources.default.url", url);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
        return new TestServer(server, server.getURL().toString(), TestLogins.adminToken(server.getURL().toString()));
    }

    /**
     * A server already running: logged in as {@code -Djixiao.user} (default admin) with
     * {@code -Djixiao.password} (default the variable JIXIAO_ADMIN_PASSWORD).
     */
    static TestServer at(String base) throws IOException, InterruptedException {
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String password = System.getProperty("jixiao.password", System.getenv("JIXIAO_ADMIN_PASSWORD"));
        return new TestServer(null, trimmed, TestLogins.token(trimmed, System.getProperty("jixiao.user", TestLogins.ADMIN),
                password));
    }

    /** The server's address, {@code http://host:port}. */
    String base() {
        return base;
    }

    /** One answer: status, body and the time from sending to the whole body, in nanoseconds. */
    record Answer(int status, String body, long nanos) {
    }

    /** Sends {@code body} (null: none) with {@code contentType} (null: no header). */
    Answer send(String method, String path, String contentType, String body) throws IOException, InterruptedException {
        return send(method, path, contentType, body, null);
    }

    Answer send(String method, String path, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.header("Authorization", "Bearer " + token);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        long start = System.nanoTime();
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body(), System.nanoTime() - start);
    }

    @Override
    public void close() {
        if (server != null) {
            server.getApplicationContext().close();
        }
    }
}
