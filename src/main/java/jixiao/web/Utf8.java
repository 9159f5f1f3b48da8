package jixiao.web;

/**
 * Whether bytes are UTF-8 as RFC 3629 writes it: Jackson decodes a character written longer than it needs
 * ({@code C0 AF} for {@code /}) and a surrogate written as three bytes without complaint, so a document read
 * from bytes is checked here first. One pass, ASCII at once.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** The index of the first byte that is no part of a well-formed UTF-8 character, or -1 when all are. */
    public static int firstInvalid(byte[] b) {
        return firstInvalid(b, b.length);
    }

    /** {@link #firstInvalid(byte[])} of the first {@code length} bytes. */
    public static int firstInvalid(byte[] b, int length) {
        int i = 0;
        while (i < length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n = sequence(b, length, i, c);
            if (n == 0) {
                return i;
            }
            i += n;
        }
        return -1;
    }

    /** The length of the well-formed character that starts at {@code i} with lead byte {@code c}, else 0. */
    private static int sequence(byte[] b, int length, int i, int c) {
        if (c >= 0xC2 && c <= 0xDF) {
            return continues(b, length, i + 1, 0x80, 0xBF) ? 2 : 0;
        }
        if (c >= 0xE0 && c <= 0xEF) {
            int low = c == 0xE0 ? 0xA0 : 0x80;   // E0 80–9F: overlong
            int high = c == 0xED ? 0x9F : 0xBF;  // ED A0–BF: a surrogate
            return continues(b, length, i + 1, low, high) && continues(b, length, i + 2, 0x80, 0xBF) ? 3 : 0;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            int low = c == 0xF0 ? 0x90 : 0x80;   // F0 80–8F: overlong
            int high = c == 0xF4 ? 0x8F : 0xBF;  // F4 90 and above: beyond U+10FFFF
            return continues(b, length, i + 1, low, high) && continues(b, length, i + 2, 0x80, 0xBF)
                    && continues(b, length, i + 3, 0x80, 0xBF) ? 4 : 0;
        }
        return 0;  // a continuation byte alone, C0/C1 (always overlong), F5–FF
    }

    private static boolean continues(byte[] b, int length, int i, int low, int high) {
        if (i >= length) {
            return false;
        }
        int c = b[i] & 0xFF;
        return c >= low && c <= high;
    }
}
