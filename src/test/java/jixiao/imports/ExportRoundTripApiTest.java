package jixiao.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.accounts.TestLogins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A department's form through the whole service: imported, stored as a declaration with its assessment,
 * downloaded as the scored 自评表, and imported again — the same declaration and assessment, ids kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportRoundTripApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private EmbeddedServer server;
    /** The first account's (admin, BUREAU) token: storing and downloading need a login, importing does not. */
    private String token;

    @BeforeAll
    void start() throws Exception {
        Path dir = Files.createTempDirectory("jixiao-roundtrip");
        String db = "jdbc:h2:file:" + dir.resolve("jixiao").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Map<String, Object> properties = new HashMap<>(TestLogins.properties(dir.toString()));
        properties.putAll(Map.of("micronaut.server.port", -1, "datasources.default.url", db));
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        token = TestLogins.adminToken(server.getURL().toString());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void anImportedFormStoredAndDownloadedImportsBackAsItWas() throws Exception {
        for (String file : List.of("property-management-self-assessment.xlsx", "split-columns-self-assessment.doc",
                "property-management-self-assessment.csv")) {
            JsonNode form = importFile(ImportServer.fixture(file), file).get("forms").get(0);
            HttpResponse<String> declared = post("/api/v1/declarations", form.get("declaration").toString());
            assertEquals(201, declared.statusCode(), file + ": " + declared.body());
            String declarationId = JSON.readTree(declared.body()).get("id").asText();
            HttpResponse<String> assessed = post("/api/v1/declarations/" + declarationId + "/assessments",
                    form.get("assessment").toString());
            assertEquals(201, assessed.statusCode(), file + ": " + assessed.body());
            JsonNode evaluation = JSON.readTree(assessed.body());

            HttpResponse<byte[]> xlsx = client.send(HttpRequest.newBuilder(URI.create(server.getURL()
                    + "/api/v1/evaluations/" + evaluation.get("id").asText() + ".xlsx"))
                    .header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, xlsx.statusCode(), file);

            JsonNode back = importFile(xlsx.body(), "导出.xlsx");
            assertEquals(1, back.get("forms").size(), file);
            JsonNode again = back.get("forms").get(0);
            assertEquals(form.get("declaration"), again.get("declaration"), file);
            assertEquals(form.get("assessment"), again.get("assessment"), file);
            assertTrue(again.get("warnings").isEmpty(), file + ": " + again.get("warnings"));
            assertTrue(again.get("declaration").get("indicators").get(0).get("id").asText().startsWith("r"), file);
        }
    }

    private JsonNode importFile(byte[] bytes, String name) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.getURL()
                        + "/api/v1/imports?filename=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), name + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
