package jixiao.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The management port: only /prometheus, /health (liveness, readiness) and /info, none of the API; the
 * main port keeps its own GET /health and serves none of the endpoints; the metrics named in the README
 * appear after a few requests; every answer carries X-Request-Id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private OpsServer app;

    @BeforeAll
    void start() throws Exception {
        app = new OpsServer();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void healthOnTheMainPortKeepsItsAnswerAndTheEndpointsAnswerOnlyOnTheirPort() throws Exception {
        assertNotEquals(app.api.getPort(), app.management.getPort());
        JsonNode health = JSON.readTree(OpsServer.get(app.api, "/health").body());
        assertEquals("UP", health.get("status").asText());
        assertTrue(health.get("ruleset").asText().startsWith("sha256:"), health.toString());
        assertEquals(2, health.size(), health.toString());
        for (String endpoint : List.of("/prometheus", "/health/liveness", "/health/readiness", "/info")) {
            assertEquals(404, OpsServer.get(app.api, endpoint).statusCode(), "main port " + endpoint);
            assertEquals(200, OpsServer.get(app.management, endpoint).statusCode(), "management port " + endpoint);
        }
        for (String other : List.of("/beans", "/env", "/loggers", "/metrics", "/routes", "/threaddump", "/refresh",
                "/stop", "/flyway", "/api/v1/declarations")) {
            assertEquals(404, OpsServer.get(app.management, other).statusCode(), "management port " + other);
        }
    }

    @Test
    void readinessNamesTheDatabaseAndTheRulesetAndInfoTheRulesetVersion() throws Exception {
        String version = JSON.readTree(OpsServer.get(app.api, "/health").body()).get("ruleset").asText();
        JsonNode ready = JSON.readTree(OpsServer.get(app.management, "/health/readiness").body());
        assertEquals("UP", ready.get("status").asText(), ready.toString());
        assertEquals("UP", ready.at("/details/database/status").asText(), ready.toString());
        assertEquals(version, ready.at("/details/ruleset/details/version").asText(), ready.toString());
        JsonNode live = JSON.readTree(OpsServer.get(app.management, "/health/liveness").body());
        assertEquals("UP", live.get("status").asText(), live.toString());
        JsonNode info = JSON.readTree(OpsServer.get(app.management, "/info").body());
        assertEquals(version, info.at("/ruleset/version").asText(), info.toString());
    }

    @Test
    void prometheusShowsTheServicesMetricsAfterAFewRequests() throws Exception {
        String example = Files.readString(Path.of("examples", "hunan-property-management.json"));
        assertEquals(200, OpsServer.send(app.api, "POST", "/api/v1/evaluations/preview", "application/json", example,
                Map.of()).statusCode());
        assertEquals(200, OpsServer.send(app.api, "POST", "/api/v1/batches", "application/json", "[" + example + "]",
                app.login).statusCode());
        assertEquals(400, OpsServer.send(app.api, "POST", "/api/v1/evaluations/preview", "application/json",
                "{\"declaration\":{\"scoringTable\":\"nope\",\"indicators\":[]}}", Map.of()).statusCode());
        HttpResponse<String> r = OpsServer.get(app.management, "/prometheus");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().toString());
        String text = r.body();
        for (String metric : List.of(
                "http_server_requests_seconds_count{exception=\"none\",method=\"POST\",status=\"200\",uri=\"/api/v1/evaluations/preview\"}",
                "jixiao_evaluations_total{outcome=\"graded\",period=\"FULL_YEAR\"} 2.0",
                "jixiao_evaluations_total{outcome=\"rejected\",period=\"FULL_YEAR\"} 1.0",
                "jixiao_evaluation_indicators_count 2", "jixiao_rule_firings_count 2",
                "jixiao_evaluation_duration_seconds_count{period=\"FULL_YEAR\"} 3",
                "jixiao_batch_items_in_flight 0.0", "jixiao_ruleset_load_seconds ", "hikaricp_connections_active{",
                "jvm_memory_used_bytes{")) {
            assertTrue(text.contains(metric), "no " + metric + " in\n" + grep(text, "jixiao_|http_server|hikaricp"));
        }
    }

    @Test
    void everyAnswerCarriesARequestIdTheClientsOwnWhenSane() throws Exception {
        HttpResponse<String> own = OpsServer.send(app.api, "GET", "/nope", null, null, Map.of("X-Request-Id", "bureau-7.a_1"));
        assertEquals("bureau-7.a_1", own.headers().firstValue("X-Request-Id").orElse(null));
        assertEquals("bureau-7.a_1", JSON.readTree(own.body()).get("requestId").asText());
        for (String insane : List.of("x".repeat(65), "a b", "<script>", "")) {
            HttpResponse<String> r = OpsServer.send(app.api, "GET", "/health", null, null,
                    insane.isEmpty() ? Map.of() : Map.of("X-Request-Id", insane));
            String id = r.headers().firstValue("X-Request-Id").orElse("");
            assertTrue(id.matches("[0-9a-f-]{36}"), "'" + insane + "' → " + id);
        }
        HttpResponse<String> error = OpsServer.send(app.api, "POST", "/api/v1/evaluations/preview", "application/json",
                "{}", Map.of());
        assertEquals(400, error.statusCode());
        assertEquals(error.headers().firstValue("X-Request-Id").orElseThrow(),
                JSON.readTree(error.body()).get("requestId").asText());
        assertTrue(OpsServer.get(app.management, "/info").headers().firstValue("X-Request-Id").isPresent());

        // answered by netty's limits before any filter runs: a request line, or headers, too long
        HttpResponse<String> longLine = OpsServer.send(app.api, "GET", "/api/v1/declarations?unit=" + "a".repeat(20_000),
                null, null, Map.of());
        HttpResponse<String> bigHeader = OpsServer.send(app.api, "GET", "/health", null, null,
                Map.of("X-Big", "a".repeat(20_000)));
        for (HttpResponse<String> r : List.of(longLine, bigHeader)) {
            assertEquals(413, r.statusCode(), r.body());
            String id = r.headers().firstValue("X-Request-Id").orElse("");
            assertTrue(id.matches("[0-9a-f-]{36}"), r.body());
            assertEquals(id, JSON.readTree(r.body()).get("requestId").asText(), r.body());
        }
        assertEquals("(request line)", JSON.readTree(longLine.body()).get("path").asText());
        assertEquals("/health", JSON.readTree(bigHeader.body()).get("path").asText());
    }

    /** RFC 9110: an origin server with a clock dates its answers, errors and the management port's too. */
    @Test
    void everyAnswerCarriesOneDateHeaderOfNow() throws Exception {
        List<HttpResponse<String>> answers = List.of(OpsServer.get(app.api, "/health"), OpsServer.get(app.api, "/nope"),
                OpsServer.send(app.api, "POST", "/api/v1/evaluations/preview", "application/json", "{}", Map.of()),
                OpsServer.get(app.management, "/info"));
        for (HttpResponse<String> r : answers) {
            List<String> dates = r.headers().allValues("Date");
            assertEquals(1, dates.size(), r.uri() + " " + dates);
            Instant date = java.time.ZonedDateTime.parse(dates.get(0), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            assertTrue(Math.abs(Duration.between(date, Instant.now()).toSeconds()) < 60, dates.get(0));
            assertTrue(dates.get(0).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"), dates.get(0));
        }
    }

    /** Bound to 127.0.0.1: from another address of this machine the management port does not answer, the API does. */
    @Test
    void theManagementPortListensOnLoopbackOnly() throws Exception {
        Optional<InetAddress> other = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && a.getAddress().length == 4).findFirst();
        try (Socket s = new Socket("127.0.0.1", app.management.getPort())) {
            assertTrue(s.isConnected());
        }
        if (other.isPresent()) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(other.get(), app.api.getPort()), 2000);
            }
            assertThrows(IOException.class, () -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(other.get(), app.management.getPort()), 2000);
                }
            });
        }
    }

    private static String grep(String text, String pattern) {
        return String.join("\n", text.lines().filter(l -> l.matches("^(" + pattern + ").*")).toList());
    }
}
