package jixiao.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jixiao.web.ErrorBodies;
import org.junit.jupiter.api.Test;

/**
 * Imports read at most {@code jixiao.imports.max-concurrent} files at once: with one slot and a wait of a
 * millisecond, imports sent together are either read (200) or turned away with 503 IMPORTS_BUSY and
 * Retry-After, in the error shape — never queued without bound, never a 500.
 */
class ImportConcurrencyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void importsBeyondTheSlotsAreTurnedAwayInTheErrorShape() throws Exception {
        String db = "jdbc:h2:file:" + Files.createTempDirectory("jixiao-imports").resolve("jixiao").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        byte[] docx = ImportServer.fixture("property-management-self-assessment.docx");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "datasources.default.url", db, "jixiao.imports.max-concurrent", 1, "jixiao.imports.max-wait", "1ms"))) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/imports?filename=a.docx"))
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(docx)).build();
            HttpResponse<String> busy = null;
            int read = 0;
            for (int round = 0; round < 10 && busy == null; round++) {  // until two imports of a round overlap
                List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
                }
                for (CompletableFuture<HttpResponse<String>> f : sent) {
                    HttpResponse<String> r = f.get();
                    assertTrue(r.statusCode() == 200 || r.statusCode() == 503, r.statusCode() + " " + r.body());
                    read += r.statusCode() == 200 ? 1 : 0;
                    busy = r.statusCode() == 503 ? r : busy;
                }
            }
            assertNotNull(busy, "six imports sent together never overlapped in ten rounds");
            assertTrue(read > 0);
            JsonNode error = JSON.readTree(busy.body());
            assertEquals("IMPORTS_BUSY", error.get("error").asText());
            assertEquals("/api/v1/imports", error.get("path").asText());
            ErrorBodies.assertErrorShape(error);
            assertEquals("1", busy.headers().firstValue("Retry-After").orElseThrow());
            HttpResponse<String> after = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, after.statusCode(), "once the slot is free, an import is read again");
        }
    }
}
