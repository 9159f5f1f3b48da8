package jixiao.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestLogTest {

    @Test
    void aPathIsLoggedWithoutControlCharactersAndCutAt200() {
        assertEquals("/a?b?c?d\u0080é", RequestLog.printable("/a\nb\u0000c\u007Fd\u0080é"));
        String plain = "/api/v1/evaluations/preview";
        assertSame(plain, RequestLog.printable(plain));
        assertEquals("x".repeat(200) + "…", RequestLog.printable("x".repeat(300)));
        String regex = "/x\t\r\u001B[31m";
        assertEquals(regex.replaceAll("\\p{Cntrl}", "?"), RequestLog.printable(regex));
    }

    @Test
    void aSaneClientIdIsKeptAnythingElseReplacedByARandomUuid() {
        assertEquals("bureau-7.a_1", RequestLog.idOf("bureau-7.a_1"));
        assertEquals("x".repeat(64), RequestLog.idOf("x".repeat(64)));
        Set<String> ids = new HashSet<>();
        for (String insane : new String[] {null, "", "x".repeat(65), "a b", "<script>", "é", "a/b"}) {
            String id = RequestLog.idOf(insane);
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
