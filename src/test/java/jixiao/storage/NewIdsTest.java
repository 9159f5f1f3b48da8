package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NewIdsTest {
    @Test
    void anIdIsAVersion7UuidThatPathsAccept() {
        String id = NewIds.next();
        UUID parsed = UUID.fromString(id);
        assertEquals(7, parsed.version());
        assertEquals(2, parsed.variant());
        assertTrue(StoredIds.wellFormed(id));
        assertEquals(id, parsed.toString());
    }

    @Test
    void itsFirst48BitsAreTheMillisecondsSoLaterIdsSortLater() {
        UUID random = new UUID(-1L, -1L);
        String early = NewIds.next(1_733_500_000_000L, random);
        String late = NewIds.next(1_733_500_000_001L, new UUID(0L, 0L));
        assertEquals(1_733_500_000_000L, UUID.fromString(early).getMostSignificantBits() >>> 16);
        assertTrue(early.compareTo(late) < 0, early + " before " + late);
    }

    @Test
    void theOtherBitsAreTheRandomOnesSoIdsOfOneMillisecondDiffer() {
        String a = NewIds.next(1_733_500_000_000L, new UUID(0x0123L, 0x0456L));
        String b = NewIds.next(1_733_500_000_000L, new UUID(0x0124L, 0x0456L));
        assertNotEquals(a, b);
        Set<String> many = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(NewIds.next());
        }
        assertEquals(10_000, many.size());
    }
}
