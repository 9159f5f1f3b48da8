package jixiao.indicator;

import java.math.BigDecimal;

/**
 * Numbers inside value text: which the parser may build (api.md Errors: within ±10^15, no exponent
 * notation) and how, in one pass over the text whatever its length.
 */
final class NumberText {
    /** A number with more integer digits than this is beyond ±10^15 (api.md Errors): not read. */
    static final int MAX_INTEGER_DIGITS = 15;
    /** A fraction longer than this is no value a form states: not read. */
    static final int MAX_FRACTION_DIGITS = 20;

    private NumberText() {
    }

    /**
     * A number the parser will not build (§1.1, api.md ±10^15): more than 15 integer digits (leading
     * zeros aside), a fraction longer than 20 digits, or exponent notation ({@code 1e999999}). One pass.
     */
    static boolean hasUnusable(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            int first = start;
            while (first < i - 1 && s.charAt(first) == '0') {
                first++;
            }
            if (i - first > MAX_INTEGER_DIGITS) {
                return true;
            }
            if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
                int fraction = ++i;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
                if (i - fraction > MAX_FRACTION_DIGITS) {
                    return true;
                }
            }
            if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                int j = i + 1;
                if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                    j++;
                }
                if (j < n && isDigit(s.charAt(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A number matched by the parser's number pattern and bounded by {@link #hasUnusable}; leading zeros are
     * dropped first, so {@code 000…05} never makes BigDecimal read a long string.
     */
    static BigDecimal decimal(String text) {
        int sign = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        int i = sign;
        while (i < text.length() - 1 && text.charAt(i) == '0' && isDigit(text.charAt(i + 1))) {
            i++;
        }
        return new BigDecimal(text.substring(0, sign) + text.substring(i));
    }

    /** What the parser's number pattern needs to match at {@code pos}: a digit, or a sign and a digit. */
    static boolean startsAt(String s, int pos) {
        if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
            pos++;
        }
        return pos < s.length() && isDigit(s.charAt(pos));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
