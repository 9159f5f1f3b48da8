package jixiao.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -XX:ArchiveClassesAtExit=target/jixiao.jsa -jar target/jixiao.jar train}, run by {@code mvn package}:
 * starts the service as a bureau would (a data folder of its own, a first account, free ports), sends it what a
 * first day of use sends — health, a login, a preview, a declaration stored and assessed, the year's summary — and
 * stops it, so that the JVM writes every class this loaded into a class-data archive. Started with
 * {@code -XX:SharedArchiveFile=target/jixiao.jsa}, the service then loads those classes from the archive instead of
 * the jar and is healthy in about half the time (README, Performance).
 */
public final class TrainCommand {
    private static final Logger LOG = LoggerFactory.getLogger(TrainCommand.class);
    private static final String PASSWORD = "training-only-password";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String DECLARATION = """
            {"subjectType": "PROJECT", "unit": "训练单位", "name": "训练项目", "year": 2026, "budget": 560, "budgetUnit": "万元",
             "indicators": [
              {"id": "a", "level1": "产出指标", "level2": "数量指标", "level3": "培训人次", "target": "≥320人次"},
              {"id": "b", "level1": "产出指标", "level2": "质量指标", "level3": "验收合格率", "target": "≥95%"},
              {"id": "c", "level1": "效益指标", "level2": "社会效益指标", "level3": "制度健全性", "target": "健全"},
              {"id": "d", "level1": "满意度指标", "level2": "服务对象满意度指标", "level3": "群众满意度", "target": "≥90%"}]}
            """;
    private static final String ASSESSMENT = """
            {"budgetExecuted": 545, "actuals": [{"id": "a", "actual": "300人次", "reason": "部分培训延期"},
             {"id": "b", "actual": "96%"}, {"id": "c", "actual": "基本健全"}, {"id": "d", "actual": "92%"}]}
            """;

    private TrainCommand() {
    }

    /** 0 once the service has answered every request as it should; 1 if it did not. */
    public static int run() {
        quiet();
        Path data = null;
        try {
            data = Files.createTempDirectory("jixiao-train");
            // its own database whatever JIXIAO_DB_URL the shell has: a training run never touches a real one
            Map<String, Object> properties = Map.of("micronaut.server.port", freePort(), "endpoints.all.port", freePort(),
                    "jixiao.data-dir", data.toString(), "jixiao.accounts.admin-password", PASSWORD,
                    "datasources.default.url", "jdbc:h2:file:" + data.resolve("jixiao")
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "datasources.default.username", "sa", "datasources.default.password", "");
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
                new Session(server.getURL().toString()).firstDay();
            }
            return 0;
        } catch (IOException | RuntimeException | InterruptedException e) {
            LOG.error("training run failed", e);
            return 1;
        } finally {
            delete(data);
        }
    }

    /** The requests of a first day, each checked. */
    private record Session(String base, HttpClient client) {
        Session(String base) {
            this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
        }

        void firstDay() throws IOException, InterruptedException {
            expect(200, send("GET", "/health", null, null));
            String preview = "{\"declaration\": " + DECLARATION + ", \"assessment\": " + ASSESSMENT + "}";
            expect(200, send("POST", "/api/v1/evaluations/preview", preview, null));
            String token = match(TOKEN, expect(200, send("POST", "/login",
                    "{\"username\": \"admin\", \"password\": \"" + PASSWORD + "\"}", null)));
            String declaration = match(ID, expect(201, send("POST", "/api/v1/declarations", DECLARATION, token)));
            String evaluation = match(ID, expect(201, send("POST", "/api/v1/declarations/" + declaration
                    + "/assessments", ASSESSMENT, token)));
            expect(200, send("GET", "/api/v1/evaluations/" + evaluation, null, token));
            expect(200, send("GET", "/api/v1/years/2026/summary", null, token));
            expect(200, send("GET", "/api/v1/declarations?year=2026", null, token));
        }

        private HttpResponse<String> send(String method, String path, String json, String token)
                throws IOException, InterruptedException {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                r.header("Content-Type", "application/json");
            }
            if (token != null) {
                r.header("Authorization", "Bearer " + token);
            }
            return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String expect(int status, HttpResponse<String> r) {
            if (r.statusCode() != status) {
                throw new IllegalStateException(r.request().method() + " " + r.uri().getPath() + " answered "
                        + r.statusCode() + " (expected " + status + "): " + r.body());
            }
            return r.body();
        }

        private static String match(Pattern p, String body) {
            Matcher m = p.matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("no " + p + " in " + body);
            }
            return m.group(1);
        }
    }

    /** The build prints the run's output: only its warnings and errors. */
    private static void quiet() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not delete {}", dir, e);
        }
    }
}
