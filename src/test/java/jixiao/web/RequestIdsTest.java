package jixiao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void aSaneClientIdIsKeptAnythingElseReplacedByARandomUuid() {
        assertEquals("bureau-7.a_1", RequestIds.idOf("bureau-7.a_1"));
        assertEquals("x".repeat(64), RequestIds.idOf("x".repeat(64)));
        Set<String> ids = new HashSet<>();
        for (String insane : new String[] {null, "", "x".repeat(65), "a b", "<script>", "é", "a/b"}) {
            String id = RequestIds.idOf(insane);
            assertNotEquals(insane, id);
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertTrue(id.matches("[0-9a-f-]{36}"), id);
            ids.add(id);
        }
        assertEquals(7, ids.size());
    }
}
