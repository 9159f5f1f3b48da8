package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Batches score their items on one pool the service manages, of {@code jixiao.batch-workers} threads, shared
 * by every batch at once: two uploads together never score on more threads than configured.
 */
class BatchWorkersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoBatchesAtOnceShareThePoolOfConfiguredWorkers() throws Exception {
        String url = StorageHarness.h2File(Files.createTempDirectory("jixiao-workers"));
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        try (StorageHarness app = new StorageHarness(url, Map.of("jixiao.batch-workers", 2))) {
            String batch = batch(6);
            ExecutorService clients = Executors.newFixedThreadPool(2);
            List<Callable<HttpResponse<String>>> uploads = List.of(
                    () -> app.post("/api/v1/batches", batch, "application/x-ndjson"),
                    () -> app.post("/api/v1/batches", batch, "application/x-ndjson"));
            try {
                for (Future<HttpResponse<String>> f : clients.invokeAll(uploads)) {
                    HttpResponse<String> r = f.get();
                    assertEquals(200, r.statusCode(), r.body());
                    assertEquals(6, JSON.readTree(r.body()).get("stored").asInt(), r.body());
                }
            } finally {
                clients.shutdown();
            }
            // the pool's threads live on, named for it; those of this service are the ones started since
            List<String> workers = Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t))
                    .map(Thread::getName).filter(n -> n.startsWith(BatchWorkers.NAME + "-")).sorted().toList();
            assertFalse(workers.isEmpty(), "no thread of the batch pool");
            assertTrue(workers.size() <= 2, "threads: " + workers);
        }
    }

    private static String batch(int items) throws Exception {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items; i++) {
            ObjectNode item = (ObjectNode) JSON.readTree(StorageHarness.example("hunan-property-management"));
            JsonNode d = item.get("declaration");
            ((ObjectNode) d).put("unit", "单位" + i);
            out.append(item).append('\n');
        }
        return out.toString();
    }
}
