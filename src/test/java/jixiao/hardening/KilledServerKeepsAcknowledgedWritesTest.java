package jixiao.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import jixiao.accounts.TestLogins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 201 is a promise: the service is killed with SIGKILL while clients submit assessments, started again
 * on the same H2 file, and every evaluation it answered 201 for must be there, identical to the 201 body.
 */
class KilledServerKeepsAcknowledgedWritesTest {
    private static final int KILLS = 5;
    private static final int CLIENTS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static volatile String token;

    @TempDir
    Path dir;

    @Test
    void everyEvaluationAnswered201IsThereAfterTheProcessIsKilled() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("jixiao").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Path log = dir.resolve("server.log");
        JsonNode example = JSON.readTree(Files.readString(Path.of("examples", "hunan-property-management.json")));
        List<String> rounds = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int acknowledgedTotal = 0;
        int keptTotal = 0;
        ServerProcess server = ServerProcess.start(url, log);
        // one login for the whole test: the signing secret is kept in the data folder, so the token outlives restarts
        token = TestLogins.adminToken(server.base.toString());
        try {
            HttpResponse<String> declared = post(server.base, "/api/v1/declarations", example.get("declaration").toString());
            assertEquals(201, declared.statusCode(), declared.body());
            String declarationId = JSON.readTree(declared.body()).get("id").asText();
            for (int kill = 1; kill <= KILLS; kill++) {
                Map<String, JsonNode> acknowledged = submitUntilKilled(server, declarationId, example.get("assessment"),
                        problems);
                server = ServerProcess.start(url, log);
                int kept = kept(server.base, acknowledged, problems);
                rounds.add("kill " + kill + ": " + acknowledged.size() + " answered 201, " + kept + " kept");
                acknowledgedTotal += acknowledged.size();
                keptTotal += kept;
            }
            assertEquals(200, get(server.base, "/api/v1/declarations/" + declarationId).statusCode());
        } finally {
            server.close();
        }
        String figures = String.join("; ", rounds) + "; in all " + keptTotal + " of " + acknowledgedTotal + " kept";
        System.out.println("KilledServerKeepsAcknowledgedWritesTest: " + figures);
        assertTrue(problems.isEmpty(), figures + "\n" + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
        assertEquals(acknowledgedTotal, keptTotal, figures);
    }

    /** Clients submit until the service is killed, a random moment after at least 20 answers; returns id → 201 body. */
    private static Map<String, JsonNode> submitUntilKilled(ServerProcess server, String declarationId,
                                                           JsonNode assessment, List<String> problems) throws Exception {
        Map<String, JsonNode> acknowledged = new ConcurrentHashMap<>();
        List<String> failed = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread client = new Thread(() -> {
                while (!killed.get()) {
                    ObjectNode body = assessment.deepCopy();
                    body.put("budgetExecuted", 500 + sequence.incrementAndGet() % 60);
                    try {
                        HttpResponse<String> r = post(server.base, "/api/v1/declarations/" + declarationId
                                + "/assessments", body.toString());
                        if (r.statusCode() == 201) {
                            JsonNode evaluation = JSON.readTree(r.body());
                            acknowledged.put(evaluation.get("id").asText(), evaluation);
                        } else {
                            failed.add("answered " + r.statusCode() + ": " + r.body());
                        }
                    } catch (IOException e) {
                        if (!killed.get()) {
                            failed.add("request failed before the kill: " + e);
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        int threshold = 20 + ThreadLocalRandom.current().nextInt(40);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (acknowledged.size() < threshold && failed.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(ThreadLocalRandom.current().nextInt(150));
        killed.set(true);
        server.kill();
        for (Thread client : clients) {
            client.join(Duration.ofSeconds(40).toMillis());
        }
        problems.addAll(failed);
        return Map.copyOf(acknowledged);
    }

    /** How many acknowledged evaluations read back identical; the others are described in {@code problems}. */
    private static int kept(URI base, Map<String, JsonNode> acknowledged, List<String> problems) throws Exception {
        int kept = 0;
        for (Map.Entry<String, JsonNode> e : acknowledged.entrySet()) {
            HttpResponse<String> r = get(base, "/api/v1/evaluations/" + e.getKey());
            if (r.statusCode() != 200) {
                problems.add("evaluation " + e.getKey() + " answered 201, now " + r.statusCode());
            } else if (!JSON.readTree(r.body()).equals(e.getValue())) {
                problems.add("evaluation " + e.getKey() + " differs from its 201 body: " + r.body());
            } else {
                kept++;
            }
        }
        return kept;
    }

    private static HttpResponse<String> post(URI base, String path, String body) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
