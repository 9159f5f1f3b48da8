package jixiao.indicator;

import java.math.BigDecimal;

/**
 * Rewrites the Chinese numerals a form may hold into digits, only where they are unambiguous:
 * {@code 百分之九十五} → {@code 95%}, {@code 百分百} → {@code 100%}, and a numeral directly before a
 * known unit ({@code 两次} → {@code 2次}). Words such as {@code 一般} stay as they are.
 */
final class ChineseNumerals {
    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final String MAGNITUDES = "十百千万亿";
    /** The characters a numeral after 百分之 may hold (a point, no 千万亿). */
    private static final String PERCENT_NUMERAL = DIGITS + "十百点";

    private ChineseNumerals() {
    }

    /** Tells whether a listed unit starts at a position of a text. */
    interface UnitAt {
        boolean test(String s, int pos);
    }

    /** Numerals beyond this are no value a form states (api.md: ±10^15); they stay as written. */
    private static final long LIMIT = 1_000_000_000_000_000L;

    /** Hand-written scans rather than regexes: one pass each, whatever the length of the text. */
    static String rewrite(String s, UnitAt startsWithUnit) {
        if (!containsNumeral(s)) {
            return s;
        }
        String out = s.contains("百分") ? percentOf(percentWords(s)) : s;
        return numeralsBeforeUnits(out, startsWithUnit);
    }

    /** {@code 百分之百}, {@code 百分百} → {@code 100%}. */
    private static String percentWords(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("百分之百", i)) {
                sb.append("100%");
                i += 4;
            } else if (s.startsWith("百分百", i)) {
                sb.append("100%");
                i += 3;
            } else {
                sb.append(s.charAt(i++));
            }
        }
        return sb.toString();
    }

    /** {@code 百分之九十五} → {@code 95%}; a numeral that names no number stays as written. */
    private static String percentOf(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int at = s.indexOf("百分之", i);
            if (at < 0) {
                sb.append(s, i, s.length());
                break;
            }
            int end = at + 3;
            while (end < s.length() && PERCENT_NUMERAL.indexOf(s.charAt(end)) >= 0) {
                end++;
            }
            BigDecimal n = end > at + 3 ? toNumber(s.substring(at + 3, end)) : null;
            sb.append(s, i, at).append(n == null ? s.substring(at, end) : n.toPlainString() + "%");
            i = end;
        }
        return sb.toString();
    }

    /** {@code 两次} → {@code 2次}: a run of numerals directly before a unit (not only magnitudes, not 零…). */
    private static String numeralsBeforeUnits(String s, UnitAt startsWithUnit) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (!isNumeral(s.charAt(i))) {
                sb.append(s.charAt(i++));
                continue;
            }
            int end = i;
            boolean onlyMagnitude = true;
            while (end < s.length() && isNumeral(s.charAt(end))) {
                onlyMagnitude &= MAGNITUDES.indexOf(s.charAt(end)) >= 0;
                end++;
            }
            boolean leadingZero = s.charAt(i) == '零' && end - i > 1;
            long n = onlyMagnitude || leadingZero || !startsWithUnit.test(s, end) ? -1 : integer(s, i, end);
            if (n < 0) {
                sb.append(s, i, end);
            } else {
                sb.append(n);
            }
            i = end;
        }
        return sb.toString();
    }

    private static boolean containsNumeral(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isNumeral(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumeral(char c) {
        return switch (c) {
            case '零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿' -> true;
            default -> false;
        };
    }

    /**
     * {@code 九十五} → 95, {@code 一万二千} → 12000, {@code 九十九点五} → 99.5; null when the numeral is
     * beyond ±10^15 or has a fraction longer than a number of a form may have.
     */
    static BigDecimal toNumber(String numeral) {
        int point = numeral.indexOf('点');
        String whole = point < 0 ? numeral : numeral.substring(0, point);
        long integer = integer(whole, 0, whole.length());
        if (integer < 0 || (point >= 0 && numeral.length() - point - 1 > NumberText.MAX_FRACTION_DIGITS)) {
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(integer);
        if (point >= 0) {
            StringBuilder fraction = new StringBuilder("0.");
            for (char c : numeral.substring(point + 1).toCharArray()) {
                if (digit(c) < 0) {
                    return null; // 九点十, 九点点五: no decimal fraction
                }
                fraction.append(digit(c));
            }
            value = value.add(new BigDecimal(fraction.toString()));
        }
        return value;
    }

    /** The integer a numeral names, or -1 when it is beyond {@link #LIMIT}. */
    private static long integer(String s, int from, int to) {
        long total = 0;
        long section = 0;
        long number = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                number = d;
            } else if (c == '十' || c == '百' || c == '千') {
                long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                section += (number == 0 ? 1 : number) * unit;
                number = 0;
            } else if (c == '万' || c == '亿') {
                long unit = c == '万' ? 10_000L : 100_000_000L;
                total += (section + number) * unit;
                section = 0;
                number = 0;
            }
            if (total > LIMIT || section > LIMIT) {
                return -1;
            }
        }
        long result = total + section + number;
        return result > LIMIT ? -1 : result;
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇' -> 0;
            case '两' -> 2;
            default -> "零一二三四五六七八九".indexOf(c);
        };
    }
}
