package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** NDJSON cut into items as it arrives: lines across read blocks, blank and over-long lines. */
class BatchItemsTest {
    private final ExecutorService workers = Executors.newSingleThreadExecutor();
    private final BatchTally tally = new BatchTally(workers, 2, List.of(), new AtomicInteger());
    private final List<String> read = new ArrayList<>();

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    /** Reads {@code body} as NDJSON of lines up to {@code max} bytes; the items' "k" values, in order. */
    private BatchTally.Report lines(String body, long max, int readSize) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, readSize));  // the network hands over pieces
            }
        };
        new BatchItems(new ObjectMapper(), max, tally, (item, index) -> read.add(index + ":" + item.get("k").asText()))
                .lines(in);
        return tally.report();
    }

    @Test
    void linesAreItemsWhereverTheReadsCutThemEvenInsideACharacter() throws IOException {
        String body = "{\"k\":\"甲\"}\r\n\n   \n{\"k\":\"" + "乙".repeat(30_000) + "\"}\n{\"k\":\"丙\"}";
        for (int readSize : new int[]{1, 7, 64 * 1024}) {
            read.clear();
            BatchTally.Report report = lines(body, 1 << 20, readSize);
            assertEquals(List.of("0:甲", "1:" + "乙".repeat(30_000), "2:丙"), read, "reads of " + readSize);
            assertEquals(0, report.failed());
        }
    }

    @Test
    void aLineOverTheLimitFailsAloneAndTheNextLinesAreRead() throws IOException {
        String body = "{\"k\":\"a\"}\n{\"k\":\"" + "x".repeat(200) + "\"}\n{\"k\":\"b\"}\n{\"k\":\"" + "y".repeat(200) + "\"}";
        BatchTally.Report report = lines(body, 100, 16);
        assertEquals(List.of("0:a", "2:b"), read);
        assertEquals(2, report.failed());
        assertEquals("PAYLOAD_TOO_LARGE", report.failures().get(0).error());
        assertEquals("[1]", report.failures().get(0).path());
        assertEquals("line 4 exceeds 100 bytes", report.failures().get(1).message());
    }

    @Test
    void aLineOfExactlyTheLimitIsRead() throws IOException {
        String line = "{\"k\":\"" + "z".repeat(92) + "\"}";
        assertEquals(100, line.length());
        lines(line + "\n", 100, 64 * 1024);
        assertEquals(List.of("0:" + "z".repeat(92)), read);
    }
}
