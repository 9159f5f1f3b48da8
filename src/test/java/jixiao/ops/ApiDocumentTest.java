package jixiao.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.accounts.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * The API document served at /openapi/jixiao.yml names every route of the running service (as its Router
 * holds them) with the roles its {@code @Secured} lets in, its example bodies are accepted by the service, and
 * its UI loads only resources the service itself serves.
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

    /** The service's own routes: the management endpoints have a port of their own; Micronaut adds a HEAD to every GET. */
    private List<UriRouteInfo<?, ?>> serviceRoutes() {
        Router router = app.server.getApplicationContext().getBean(Router.class);
        List<UriRouteInfo<?, ?>> routes = new ArrayList<>();
        router.uriRoutes().filter(r -> r.getPort() == null && !r.getHttpMethodName().equals("HEAD"))
                .forEach(routes::add);
        return routes;
    }

    @Test
    void everyRouteOfTheServiceIsInTheDocument() {
        Set<String> routes = new TreeSet<>();
        serviceRoutes().forEach(r -> routes.add(r.getHttpMethodName() + " " + r.getUriMatchTemplate()));
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
     * Who may call what, as the server decides it: a route's {@code @Secured} values read from its annotation
     * metadata (a method's in place of its class's, as the security rule and SetupGate read them) are exactly the
     * scopes of its operation's one "bearer" requirement, and the operation lists 401, 403 and 503; an open route
     * (IS_ANONYMOUS) has no requirement and no 403 or 503. No document-wide requirement hides either.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationNamesTheRolesItsRouteIsSecuredFor() {
        assertEquals(null, document.get("security"), "a document-wide security requirement");
        Map<String, Object> schemes = (Map<String, Object>) ((Map<String, Object>) document.get("components"))
                .get("securitySchemes");
        Map<String, Object> bearer = (Map<String, Object>) schemes.get("bearer");
        assertEquals("http", bearer.get("type"), schemes.toString());
        assertEquals("bearer", bearer.get("scheme"), schemes.toString());
        List<String> wrong = new ArrayList<>();
        int secured = 0;
        for (UriRouteInfo<?, ?> r : serviceRoutes()) {
            String route = r.getHttpMethodName() + " " + r.getUriMatchTemplate();
            List<String> roles = Arrays.asList(r.getAnnotationMetadata().stringValues(Secured.class));
            Map<String, Object> op = (Map<String, Object>) paths().get(r.getUriMatchTemplate().toString())
                    .get(r.getHttpMethodName().toLowerCase(Locale.ROOT));
            Object security = op.get("security");
            Set<String> responses = ((Map<String, Object>) op.get("responses")).keySet();
            if (roles.isEmpty()) {
                wrong.add(route + ": no @Secured");
            } else if (roles.contains(SecurityRule.IS_ANONYMOUS)) {
                if (security != null) {
                    wrong.add(route + ": open (IS_ANONYMOUS), yet documented with security " + security);
                }
                if (responses.contains("403") || responses.contains("503")) {
                    wrong.add(route + ": open, yet documents 403 or 503: " + responses);
                }
            } else {
                secured++;
                if (!List.of(Map.of("bearer", new TreeSet<>(roles))).equals(asSets(security))) {
                    wrong.add(route + ": @Secured " + roles + ", documented security " + security);
                }
                roles.stream().filter(role -> Arrays.stream(Role.values()).noneMatch(x -> x.name().equals(role)))
                        .forEach(role -> wrong.add(route + ": @Secured names no Role: " + role));
                if (!responses.containsAll(List.of("401", "403", "503"))) {
                    wrong.add(route + ": secured, yet its answers lack 401, 403 or 503: " + responses);
                }
                for (String code : List.of("401", "403", "503")) {
                    if (!String.valueOf(((Map<String, Object>) op.get("responses")).get(code))
                            .contains("#/components/schemas/ErrorBody")) {
                        wrong.add(route + ": no " + code + " with the error shape");
                    }
                }
            }
        }
        assertTrue(secured >= 20, "secured routes: " + secured);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** An operation's security requirements, each scheme's scopes as a set (their order says nothing). */
    @SuppressWarnings("unchecked")
    private static Object asSets(Object security) {
        if (!(security instanceof List<?> requirements)) {
            return security;
        }
        List<Map<String, Set<String>>> sets = new ArrayList<>();
        for (Object requirement : requirements) {
            Map<String, Set<String>> each = new TreeMap<>();
            ((Map<String, List<String>>) requirement).forEach((scheme, scopes) -> each.put(scheme, new TreeSet<>(scopes)));
            sets.add(each);
        }
        return sets;
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
