package jixiao.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The short fuzz run of the normal build: 2 000 mutated requests, fixed seed, through the real server.
 * No 5xx, no dropped connection, every 4xx in the error shape. Timing is not asserted here; the long run
 * ({@link Fuzz#main}) prints it.
 */
class FuzzTest {
    @Test
    void twoThousandMutatedRequestsGetNo5xxAndNoDroppedConnection() throws Exception {
        try (TestServer app = TestServer.start()) {
            Fuzz fuzz = new Fuzz(app);
            fuzz.seed();
            Fuzz.Report report = fuzz.run(20261201L, 2_000, 1);
            System.out.print(report.summary());
            assertEquals(2_000, report.sent.get());
            assertTrue(report.clean() && report.failures.isEmpty(), String.join("\n", report.failures));
        }
    }
}
