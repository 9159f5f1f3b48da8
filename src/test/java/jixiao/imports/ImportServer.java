package jixiao.imports;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The real server on a free port, shared by the import tests, and the fixtures of examples/forms/. */
final class ImportServer {
    static final Path FORMS = Path.of("examples/forms");
    static final EmbeddedServer SERVER =
            ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1));
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private ImportServer() {
    }

    static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(FORMS.resolve(name));
    }

    /** The file's bytes as the body, with a content type (or none) and the query. */
    static HttpResponse<String> raw(String query, String contentType, byte[] bytes) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SERVER.getURL() + "/api/v1/imports" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The file as the multipart/form-data field {@code field}, named {@code fileName}. */
    static HttpResponse<String> multipart(String query, String field, String fileName, byte[] bytes)
            throws IOException, InterruptedException {
        String boundary = "----jixiao-test-boundary-7d1";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n说明\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return raw(query, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    static HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(SERVER.getURL() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
