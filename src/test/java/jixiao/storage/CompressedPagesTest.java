package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded H2 store writes its pages compressed, unless the operator's URL says otherwise; older files read. */
class CompressedPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STORED = 30;

    @TempDir
    Path dir;

    @Test
    void theEmbeddedStoreWritesCompressedPages() throws Exception {
        try (StorageHarness app = new StorageHarness(StorageHarness.h2File(dir))) {
            assertEquals("true", app.h2Setting("COMPRESS").toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void aCompressSettingInTheOperatorsUrlIsKept() throws Exception {
        try (StorageHarness app = new StorageHarness(StorageHarness.h2File(dir) + ";compress=false")) {
            assertEquals("false", app.h2Setting("COMPRESS").toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void theSameEvaluationsTakeAFractionOfTheFileUncompressed() throws Exception {
        Path plain = dir.resolve("plain");
        Path compressed = dir.resolve("compressed");
        try (StorageHarness app = new StorageHarness(StorageHarness.h2File(plain) + ";COMPRESS=FALSE")) {
            storeExamples(app, STORED);
        }
        try (StorageHarness app = new StorageHarness(StorageHarness.h2File(compressed))) {
            storeExamples(app, STORED);
        }
        long plainSize = Files.size(plain.resolve("jixiao.mv.db"));
        long compressedSize = Files.size(compressed.resolve("jixiao.mv.db"));
        assertTrue(compressedSize * 2 < plainSize, "compressed " + compressedSize + " bytes, plain " + plainSize);
    }

    @Test
    void aFileWrittenUncompressedReadsBackAndTakesNewEvaluations() throws Exception {
        String url = StorageHarness.h2File(dir);
        String id;
        String before;
        try (StorageHarness first = new StorageHarness(url + ";COMPRESS=FALSE")) {
            id = storeExamples(first, 1);
            before = first.get("/api/v1/evaluations/" + id).body();
        }
        try (StorageHarness second = new StorageHarness(url)) {
            assertEquals("true", second.h2Setting("COMPRESS").toLowerCase(Locale.ROOT));
            assertEquals(JSON.readTree(before), JSON.readTree(second.get("/api/v1/evaluations/" + id).body()));
            String added = storeExamples(second, 1);
            assertEquals(200, second.get("/api/v1/evaluations/" + added).statusCode());
        }
    }

    @Test
    void onlyAnEmbeddedH2UrlWithoutACompressSettingGainsOne() {
        assertEquals("jdbc:h2:file:./data/jixiao;MODE=PostgreSQL;COMPRESS=TRUE",
                CompressedPages.compressed("jdbc:h2:file:./data/jixiao;MODE=PostgreSQL"));
        assertEquals("jdbc:h2:mem:x;COMPRESS=TRUE", CompressedPages.compressed("jdbc:h2:mem:x"));
        assertEquals("jdbc:h2:file:./d;Compress=FALSE", CompressedPages.compressed("jdbc:h2:file:./d;Compress=FALSE"));
        assertEquals("jdbc:h2:tcp://db.example/jixiao", CompressedPages.compressed("jdbc:h2:tcp://db.example/jixiao"));
        assertEquals("jdbc:postgresql://127.0.0.1:5432/test",
                CompressedPages.compressed("jdbc:postgresql://127.0.0.1:5432/test"));
    }

    /** Stores the Hunan example's declaration and assessment {@code times} times; the last evaluation's id. */
    private static String storeExamples(StorageHarness app, int times) throws Exception {
        JsonNode request = JSON.readTree(StorageHarness.example("hunan-property-management"));
        String id = null;
        for (int i = 0; i < times; i++) {
            String declaration = JSON.readTree(app.post("/api/v1/declarations", request.get("declaration").toString())
                    .body()).get("id").asText();
            var r = app.post("/api/v1/declarations/" + declaration + "/assessments", request.get("assessment").toString());
            assertEquals(201, r.statusCode(), r.body());
            id = JSON.readTree(r.body()).get("id").asText();
        }
        return id;
    }
}
