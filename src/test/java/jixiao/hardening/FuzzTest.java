package jixiao.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The short fuzz run of the normal build: 2 000 mutated requests, fixed seed, through the real server.
 * No 5xx, no dropped connection, every 4xx in the error shape. Timing is not asserted here. A long run
 * takes the same path with {@code -Dfuzz.requests=100000 -Dfuzz.threads=3 -Dfuzz.seed=1} (then also
 * re-sends the slowest requests alone and prints their times), or {@link Fuzz#main} against a running
 * server.
 */
class FuzzTest {
    @Test
    void twoThousandMutatedRequestsGetNo5xxAndNoDroppedConnection() throws Exception {
        int requests = Integer.getInteger("fuzz.requests", 2_000);
        int threads = Integer.getInteger("fuzz.threads", 1);
        long seed = Long.getLong("fuzz.seed", 20261201L);
        try (TestServer app = TestServer.start()) {
            Fuzz fuzz = new Fuzz(app);
            fuzz.seed(5);
            Fuzz.Report report = fuzz.run(seed, requests, threads, requests > 2_000);
            System.out.print(report.summary());
            if (requests > 2_000) {
                fuzz.resend(report.slowest()).forEach(System.out::println);
            }
            assertEquals(requests, report.sent.get());
            assertTrue(report.clean() && report.failures.isEmpty(), String.join("\n", report.failures));
        }
    }
}
