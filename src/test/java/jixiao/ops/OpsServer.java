package jixiao.ops;

import io.micronaut.context.ApplicationContext;
import io.micronaut.management.endpoint.EndpointDefaultConfiguration;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import jixiao.accounts.TestLogins;

/**
 * The real server on a random port, its management endpoints on another (application-test.yml), in-memory H2,
 * with the first account (admin, BUREAU) and its token for the routes that need a login.
 */
final class OpsServer implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final EmbeddedServer server;
    final URI api;
    final URI management;
    /** The Authorization header of the admin's token, for the routes that need a login. */
    final Map<String, String> login;

    OpsServer() throws IOException, InterruptedException {
        Map<String, Object> properties = new HashMap<>(
                TestLogins.properties(Files.createTempDirectory("jixiao-ops").toString()));
        properties.put("micronaut.server.port", -1);
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        api = URI.create("http://127.0.0.1:" + server.getPort());
        int port = server.getApplicationContext().getBean(EndpointDefaultConfiguration.class).getPort().orElseThrow();
        management = URI.create("http://127.0.0.1:" + port);
        login = Map.of("Authorization", "Bearer " + TestLogins.adminToken(api.toString()));
    }

    static HttpResponse<String> send(URI base, String method, String path, String contentType, String body,
                                     Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
        return send(base, "GET", path, null, null, Map.of());
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
