package jixiao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {
    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void wellFormedTextPasses() {
        assertEquals(-1, Utf8.firstInvalid("{\"unit\":\"株洲市渌口区机关事务服务中心\",\"x\":\"≥95%\",\"e\":\"😀\"}"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(-1, Utf8.firstInvalid(new byte[0]));
    }

    @Test
    void overlongSurrogatesAndStrayBytesAreFoundWhereTheyStart() {
        assertEquals(1, Utf8.firstInvalid(bytes('X', 0xC0, 0xAF, 'Y')));        // '/' in two bytes
        assertEquals(0, Utf8.firstInvalid(bytes(0xE0, 0x80, 0xAF)));            // '/' in three
        assertEquals(0, Utf8.firstInvalid(bytes(0xF0, 0x80, 0x80, 0xAF)));      // and in four
        assertEquals(0, Utf8.firstInvalid(bytes(0xED, 0xA0, 0x80)));            // a surrogate
        assertEquals(0, Utf8.firstInvalid(bytes(0xF4, 0x90, 0x80, 0x80)));      // beyond U+10FFFF
        assertEquals(2, Utf8.firstInvalid(bytes('a', 'b', 0x80)));              // a continuation alone
        assertEquals(0, Utf8.firstInvalid(bytes(0xFF, 0xFE)));
        assertEquals(1, Utf8.firstInvalid(bytes('a', 0xE6, 0xA0)));             // cut at the end
    }

    /** Agrees with the JDK's strict decoder on random bytes, and on every character written as the JDK writes it. */
    @Test
    void agreesWithTheJdksDecoder() throws Exception {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[random.nextInt(8)];
            random.nextBytes(b);
            boolean jdk = true;
            try {
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
            } catch (java.nio.charset.CharacterCodingException e) {
                jdk = false;
            }
            assertEquals(jdk, Utf8.firstInvalid(b) < 0, () -> java.util.HexFormat.of().formatHex(b));
        }
        for (int cp = 0; cp <= 0x10FFFF; cp += 7) {
            if (cp < 0xD800 || cp > 0xDFFF) {
                assertEquals(-1, Utf8.firstInvalid(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)));
            }
        }
    }
}
