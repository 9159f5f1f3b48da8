package jixiao.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
}
