package jixiao.imports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ImportGateTest {
    @Test
    void aThirdImportWaitsItsTimeThenIsRefusedAndATurnFreedIsTaken() {
        ImportGate gate = new ImportGate(2, Duration.ofMillis(50));
        assertTrue(gate.enter());
        assertTrue(gate.enter());
        long start = System.nanoTime();
        assertFalse(gate.enter());
        assertTrue(System.nanoTime() - start >= 40_000_000L, "it waited before refusing");
        gate.leave();
        assertTrue(gate.enter());
    }

    @Test
    void noSlotsAtAllIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new ImportGate(0, Duration.ZERO));
    }
}
