package jixiao.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jixiao.accounts.TestLogins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while a batch streams in: the service stops within its grace period, and after a restart on the
 * same H2 file every item of the batch is stored whole (its declaration with its one evaluation) or not at
 * all, and every item the answer reported stored is there. Twice: an upload that goes on past the grace
 * period (the answer is cut: nothing was reported), and one that ends within it (the answer arrives).
 */
class GracefulShutdownTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> ENV = Map.of("JIXIAO_SHUTDOWN_GRACE_PERIOD", "5s");

    @TempDir
    Path dir;
    /** The admin's token, which outlives the restarts (the signing secret is kept in the data folder). */
    private String token;

    /** What one round saw: items sent, the answer (null when cut) and the unit names used. */
    private record Round(int sent, JsonNode answer, List<String> units, String note) {
    }

    @Test
    void aBatchUnderWayLandsWholeOrNotAtAll() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("jixiao").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Path log = dir.resolve("server.log");
        JsonNode example = JSON.readTree(Files.readString(Path.of("examples", "hunan-property-management.json")));
        List<String> problems = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        ServerProcess server = ServerProcess.start(url, log, ENV);
        token = TestLogins.adminToken(server.base.toString());
        try {
            // items keep coming for 20 s after the SIGTERM, well past the 5 s grace: the answer is cut
            Round cut = batchUntilTerminated(server, example, "cut", 8, 200, problems);
            server = ServerProcess.start(url, log, ENV);
            figures.add(check(server.base, cut, problems));
            // the upload ends 1 s after the SIGTERM: the batch finishes within the grace and is answered
            Round ends = batchUntilTerminated(server, example, "ends", 8, 5, problems);
            server = ServerProcess.start(url, log, ENV);
            figures.add(check(server.base, ends, problems));
            assertNotNull(ends.answer(), "the batch that ended within the grace period was not answered: " + ends.note()
                    + "\n" + server.logTail());
        } finally {
            server.close();
            // the servers' output, kept for a look after the run
            Files.copy(log, Path.of("target", "graceful-shutdown-server.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("GracefulShutdownTest: " + String.join("; ", figures));
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n" + figures);
    }

    /**
     * Streams NDJSON items (one each 200 ms), sends SIGTERM after {@code before} items, then sends up to
     * {@code after} more; waits for the answer and for the process to end.
     */
    private Round batchUntilTerminated(ServerProcess server, JsonNode example, String name, int before,
                                 int after, List<String> problems) throws Exception {
        PipedInputStream in = new PipedInputStream(1 << 16);
        OutputStream out = new PipedOutputStream(in);
        CompletableFuture<HttpResponse<String>> answer = CLIENT.sendAsync(HttpRequest.newBuilder(
                        server.base.resolve("/api/v1/batches")).timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> in))
                .build(), HttpResponse.BodyHandlers.ofString());
        List<String> units = new ArrayList<>();
        AtomicInteger sent = new AtomicInteger();
        String note = "";
        try {
            for (int i = 0; i < before + after; i++) {
                if (i == before) {
                    server.terminate();
                }
                String unit = "graceful-" + name + "-" + i;
                ObjectNode item = example.deepCopy();
                ((ObjectNode) item.get("declaration")).put("unit", unit).put("year", 2031);
                units.add(unit);
                out.write((item + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                sent.incrementAndGet();
                Thread.sleep(200);
                if (answer.isDone()) {
                    break;
                }
            }
            out.close();
        } catch (IOException pipeClosed) {
            note = "upload stopped after " + sent.get() + " items: " + pipeClosed;
        }
        JsonNode body = null;
        try {
            HttpResponse<String> r = answer.get(60, TimeUnit.SECONDS);
            if (r.statusCode() == 200) {
                body = JSON.readTree(r.body());
            } else {
                note += "; answered " + r.statusCode() + " " + r.body();
            }
        } catch (Exception cut) {
            note += "; answer cut: " + cut.getCause();
        }
        Integer exit = server.awaitExit(Duration.ofSeconds(60));
        if (exit == null) {
            problems.add(name + ": the service did not stop within 60 s of SIGTERM (grace 5 s)");
            server.kill();
        }
        return new Round(sent.get(), body, units, note);
    }

    /** Each item whole or absent; each reported stored item there. */
    private String check(URI base, Round round, List<String> problems) throws Exception {
        int whole = 0;
        for (String unit : round.units()) {
            JsonNode page = JSON.readTree(get(base, "/api/v1/declarations?year=2031&unit="
                    + URLEncoder.encode(unit, StandardCharsets.UTF_8)).body());
            int found = page.get("total").asInt();
            if (found > 1) {
                problems.add(unit + ": stored " + found + " times");
            } else if (found == 1) {
                String id = page.get("items").get(0).get("id").asText();
                JsonNode evaluations = JSON.readTree(get(base, "/api/v1/declarations/" + id + "/evaluations").body());
                if (evaluations.size() != 1) {
                    problems.add(unit + ": stored half (declaration " + id + " with " + evaluations.size() + " evaluations)");
                } else {
                    whole++;
                }
            }
        }
        int reported = 0;
        if (round.answer() != null) {
            for (JsonNode item : round.answer().get("items")) {
                reported++;
                int status = get(base, "/api/v1/evaluations/" + item.get("evaluationId").asText()).statusCode();
                if (status != 200) {
                    problems.add("item " + item.get("index") + " was reported stored, now " + status);
                }
            }
        }
        return round.sent() + " sent, " + whole + " stored whole, " + reported + " reported stored"
                + (round.answer() == null ? " (answer cut)" : ", answer " + round.answer().get("received") + " received, "
                + round.answer().get("failed") + " failed " + failures(round.answer())) + (round.note().isEmpty() ? "" : " [" + round.note() + "]");
    }

    private static String failures(JsonNode answer) {
        java.util.Map<String, Integer> codes = new java.util.TreeMap<>();
        answer.get("failures").forEach(f -> codes.merge(f.get("error").asText() + " (" + f.get("message").asText() + ")", 1,
                Integer::sum));
        return codes.toString();
    }

    private HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
