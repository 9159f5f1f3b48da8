package jixiao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.KeyValuePair;

/** An unusable setting stops the service with a message naming the variable; JSON logs are one object a line. */
class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void eachUnusableValueIsNamed() {
        Map<String, String> bad = Map.of("MICRONAUT_SERVER_PORT", "eighty", "JIXIAO_DB_POOL", "0",
                "JIXIAO_BATCH_WORKERS", "-1", "JIXIAO_LOG_FORMAT", "xml", "JIXIAO_MANAGEMENT_PORT", "70000",
                "JIXIAO_MAX_REQUEST_SIZE", "lots", "JIXIAO_SHUTDOWN_GRACE_PERIOD", "soon", "JIXIAO_DB_URL", "h2:mem",
                "JIXIAO_IMPORT_MAX_BYTES", "0");
        List<String> problems = Settings.problems(bad);
        assertEquals(bad.size(), problems.size(), String.join("\n", problems));
        bad.keySet().forEach(name -> assertTrue(problems.stream().anyMatch(p -> p.contains(name + "=")), name));
    }

    @Test
    void accountAndImportSettingsAreCheckedAndSecretsAreNotShown() {
        Map<String, String> bad = Map.of("JIXIAO_IMPORT_MAX_CONCURRENT", "0", "JIXIAO_IMPORT_MAX_WAIT", "a while",
                "JIXIAO_TOKEN_LIFETIME", "forever", "JIXIAO_DATA_DIR", " ", "JIXIAO_JWT_SECRET", "short-secret",
                "JIXIAO_ADMIN_PASSWORD", "admin1");
        List<String> problems = Settings.problems(bad);
        assertEquals(bad.size(), problems.size(), String.join("\n", problems));
        bad.keySet().forEach(name -> assertTrue(problems.stream().anyMatch(p -> p.contains(name + "=")), name));
        assertTrue(problems.stream().noneMatch(p -> p.contains("short-secret") || p.contains("admin1")),
                String.join("\n", problems));
    }

    @Test
    void usableValuesAndNoneAtAllPass() {
        assertEquals(List.of(), Settings.problems(Map.of()));
        assertEquals(List.of(), Settings.problems(Map.of("MICRONAUT_SERVER_PORT", "9090", "JIXIAO_MANAGEMENT_PORT", "9091",
                "JIXIAO_MANAGEMENT_HOST", "0.0.0.0", "JIXIAO_DB_POOL", "20", "JIXIAO_BATCH_WORKERS", "0",
                "JIXIAO_LOG_FORMAT", "json", "JIXIAO_MAX_REQUEST_SIZE", "512MB", "JIXIAO_SHUTDOWN_GRACE_PERIOD", "PT30S",
                "JIXIAO_DB_URL", "jdbc:postgresql://db:5432/jixiao", "JIXIAO_IMPORT_MAX_BYTES", "1048576")));
        assertEquals(1, Settings.problems(Map.of("MICRONAUT_SERVER_PORT", "9090", "JIXIAO_MANAGEMENT_PORT", "9090")).size());
        assertEquals(1, Settings.problems(Map.of("JIXIAO_MANAGEMENT_PORT", "8080")).size());
    }

    /**
     * Previews are scored on a pool of this many threads: a value that is no whole number stopped the pool's
     * creation, so the service ran and answered every preview 500; a negative one was taken for 0.
     */
    @Test
    void previewWorkersAreAWholeNumberFrom0To1024() {
        for (String bad : List.of("abc", "-5", "1025", "2.5", "")) {
            List<String> problems = Settings.problems(Map.of("JIXIAO_PREVIEW_WORKERS", bad));
            assertEquals(1, problems.size(), bad);
            assertTrue(problems.get(0).contains("JIXIAO_PREVIEW_WORKERS='" + bad + "'"), problems.get(0));
        }
        for (String good : List.of("0", "1", "4", "1024")) {
            assertEquals(List.of(), Settings.problems(Map.of("JIXIAO_PREVIEW_WORKERS", good)), good);
        }
    }

    /** The service itself (a JVM of its own) refuses to start, at once, naming the variable. */
    @Test
    void theServiceRefusesToStart() throws Exception {
        String out = refusedStart("JIXIAO_DB_POOL", "0");
        assertTrue(out.contains("JIXIAO_DB_POOL='0'"), out);
    }

    @Test
    void theServiceRefusesToStartWithPreviewWorkersThatAreNoNumber() throws Exception {
        String out = refusedStart("JIXIAO_PREVIEW_WORKERS", "abc");
        assertTrue(out.contains("JIXIAO_PREVIEW_WORKERS='abc'"), out);
    }

    /** What the service printed when started with {@code name=value}, after checking that it did not start. */
    private String refusedStart(String name, String value) throws Exception {
        Path log = dir.resolve("out.log");
        ProcessBuilder b = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "jixiao.Application")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        b.environment().put(name, value);
        b.environment().put("JIXIAO_DB_URL", "jdbc:h2:mem:never");
        b.environment().put("MICRONAUT_SERVER_PORT", "-1");  // should it start after all, on ports of its own
        b.environment().put("JIXIAO_MANAGEMENT_PORT", "0");
        Process p = b.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("still running: " + Files.readString(log));
        }
        String out = Files.readString(log);
        assertEquals(Application.BAD_SETTING, p.exitValue(), out);
        assertTrue(!out.contains("Startup completed"), out);
        return out;
    }

    @Test
    void jsonLogsAreOneObjectPerLineWithTheKeyValues() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        var encoder = LogConfiguration.encoder(context, "json");
        LoggingEvent event = new LoggingEvent("x", context.getLogger("jixiao.request"), Level.INFO,
                "GET {} 200", null, new Object[] {"/health"});
        event.addKeyValuePair(new KeyValuePair("requestId", "abc"));
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        assertEquals(1, line.strip().lines().count(), line);
        JsonNode json = new ObjectMapper().readTree(line);
        assertEquals("INFO", json.get("level").asText());
        assertEquals("jixiao.request", json.get("loggerName").asText());
        assertTrue(line.contains("requestId") && line.contains("abc"), line);
        assertTrue(new String(LogConfiguration.encoder(context, "text").encode(event), StandardCharsets.UTF_8)
                .contains("GET /health 200"));
    }
}
