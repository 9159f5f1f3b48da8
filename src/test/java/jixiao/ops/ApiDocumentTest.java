package jixiao.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * The API document served at /openapi/jixiao.yml names every route of the running service (as its Router
 * holds them), its example bodies are accepted by the service, and its UI loads only resources the service
 * itself serves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private OpsServer app;
    private Map<String, Object> document;

    @BeforeAll
    void start() throws Exception {
        app = new OpsServer();
        HttpResponse<String> r = OpsServer.get(app.api, "/openapi/jixiao.yml");
        assertEquals(200, r.statusCode());
        document = new Yaml().load(r.body());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> paths() {
        return (Map<String, Map<String, Object>>) document.get("paths");
    }

    @Test
    void everyRouteOfTheServiceIsInTheDocument() {
        Router router = app.server.getApplicationContext().getBean(Router.class);
        Set<String> routes = new TreeSet<>();
        // the management endpoints have a port of their own; Micronaut adds a HEAD to every GET
        router.uriRoutes().filter(r -> r.getPort() == null && !r.getHttpMethodName().equals("HEAD"))
                .forEach((UriRouteInfo<?, ?> r) -> routes.add(r.getHttpMethodName() + " " + r.getUriMatchTemplate()));
        Set<String> documented = new TreeSet<>();
        paths().forEach((path, operations) -> operations.keySet()
                .forEach(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path)));
        assertTrue(routes.size() >= 13, "routes: " + routes);
        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(documented);
        assertTrue(missing.isEmpty(), "routes missing from the document: " + missing + "\ndocumented: " + documented);
        Set<String> extra = new TreeSet<>(documented);
        extra.removeAll(routes);
        assertTrue(extra.isEmpty(), "documented but not routed: " + extra);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryAndTheErrorShape() {
        List<String> wrong = new ArrayList<>();
        paths().forEach((path, operations) -> operations.forEach((method, o) -> {
            Map<String, Object> op = (Map<String, Object>) o;
            if (!(op.get("summary") instanceof String s) || !s.contains("/")) {
                wrong.add(method + " " + path + ": no Chinese / English summary");
            }
            Map<String, Object> responses = (Map<String, Object>) op.get("responses");
            if (!path.equals("/health") && !String.valueOf(responses.get("400")).contains("#/components/schemas/ErrorBody")) {
                wrong.add(method + " " + path + ": no 400 with the error shape");
            }
        }));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        assertTrue(schemas.get("ErrorBody").toString().contains("requestId"), schemas.get("ErrorBody").toString());
    }

    /**
     * Each example body, sent to its route as the admin (a path's {id} is a declaration stored from the declaration
     * example).
     */
    @Test
    @SuppressWarnings("unchecked")
    void theDocumentsExampleBodiesAreAccepted() throws Exception {
        List<String> sent = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        String declarationId = null;
        for (String path : List.of("/api/v1/declarations", "/api/v1/evaluations/preview", "/api/v1/batches",
                "/api/v1/declarations/{id}/assessments")) {
            assertTrue(paths().containsKey(path), path);
        }
        List<String> order = new ArrayList<>(new LinkedHashSet<>(List.of("/api/v1/declarations")));
        paths().keySet().stream().filter(p -> !order.contains(p)).forEach(order::add);
        for (String path : order) {
            for (Map.Entry<String, Object> e : paths().get(path).entrySet()) {
                Map<String, Object> body = (Map<String, Object>) ((Map<String, Object>) e.getValue()).get("requestBody");
                Map<String, Object> json = body == null ? null
                        : (Map<String, Object>) ((Map<String, Object>) body.get("content")).get("application/json");
                if (json == null || json.get("examples") == null) {
                    continue;
                }
                for (Map.Entry<String, Object> ex : ((Map<String, Object>) json.get("examples")).entrySet()) {
                    Object value = ((Map<String, Object>) ex.getValue()).get("value");
                    String text = value instanceof String s ? s : JSON.writeValueAsString(value);
                    String target = path.replace("{id}", String.valueOf(declarationId));
                    HttpResponse<String> r = OpsServer.send(app.api, e.getKey().toUpperCase(Locale.ROOT), target,
                            "application/json", text, app.login);
                    sent.add(e.getKey() + " " + path + " (" + ex.getKey() + ") → " + r.statusCode());
                    JsonNode answer = JSON.readTree(r.body());
                    if (r.statusCode() != 200 && r.statusCode() != 201) {
                        wrong.add(sent.get(sent.size() - 1) + ": " + r.body());
                    } else if (path.equals("/api/v1/batches") && answer.path("failed").asInt(-1) != 0) {
                        wrong.add("the batch example failed: " + r.body());
                    }
                    if (path.equals("/api/v1/declarations") && r.statusCode() == 201) {
                        declarationId = answer.get("id").asText();
                    }
                }
            }
        }
        System.out.println("ApiDocumentTest examples: " + sent);
        assertTrue(sent.size() >= 4, "examples sent: " + sent);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** The UI: its page and every resource it names come from the service; nothing from another host (no CDN). */
    @Test
    void theUiLoadsOnlyWhatTheServiceServes() throws Exception {
        HttpResponse<String> page = OpsServer.get(app.api, "/openapi/views/swagger-ui/index.html");
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("://"), "the page names another host");
        Matcher m = Pattern.compile("[\"'](/openapi/[^\"']+)[\"']").matcher(page.body());
        Set<String> resources = new TreeSet<>();
        while (m.find()) {
            resources.add(m.group(1));
        }
        assertTrue(resources.contains("/openapi/jixiao.yml"), "the page does not load the document: " + resources);
        assertTrue(resources.stream().anyMatch(r -> r.endsWith("swagger-ui-bundle.js")), resources.toString());
        for (String r : resources) {
            HttpResponse<String> answer = OpsServer.get(app.api, r);
            assertEquals(200, answer.statusCode(), r);
            assertFalse(answer.body().isEmpty(), r);
        }
    }
}
