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
import java.util.Map;

/** The real server on a free port over a fresh H2 file, or a server already running at a base URL. */
final class TestServer implements AutoCloseable {
    private final EmbeddedServer server;
    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer(EmbeddedServer server, String base) {
        this.server = server;
        this.base = base;
    }

    static TestServer start() throws IOException {
        Path dir = Files.createTempDirectory("jixiao-hardening");
        String url = "jdbc:h2:file:" + dir.resolve("jixiao").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, "datasources.default.url", url));
        return new TestServer(server, server.getURL().toString());
    }

    static TestServer at(String base) {
        return new TestServer(null, base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
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
