package jixiao.preview;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The real server on a free port, shared by the HTTP tests of this package. */
final class ServerHarness {
    static final EmbeddedServer SERVER =
            ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1));
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private ServerHarness() {
    }

    static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(SERVER.getURL() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(SERVER.getURL() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
