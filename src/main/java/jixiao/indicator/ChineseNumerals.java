package jixiao.indicator;

import java.math.BigDecimal;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the Chinese numerals a form may hold into digits, only where they are unambiguous:
 * {@code 百分之九十五} → {@code 95%}, {@code 百分百} → {@code 100%}, and a numeral directly before a
 * known unit ({@code 两次} → {@code 2次}). Words such as {@code 一般} stay as they are.
 */
final class ChineseNumerals {
    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final Pattern PERCENT_WORDS = Pattern.compile("百分之百|百分百");
    private static final Pattern PERCENT_OF = Pattern.compile("百分之([零〇一二两三四五六七八九十百点]+)");
    private static final Pattern RUN = Pattern.compile("[零〇一二两三四五六七八九十百千万亿]+");

    private ChineseNumerals() {
    }

    static String rewrite(String s, Predicate<String> startsWithUnit) {
        if (!containsNumeral(s)) {
            return s;
        }
        String out = PERCENT_WORDS.matcher(s).replaceAll("100%");
        Matcher m = PERCENT_OF.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(toNumber(m.group(1)).toPlainString() + "%"));
        }
        m.appendTail(sb);
        out = sb.toString();
        Matcher run = RUN.matcher(out);
        sb = new StringBuilder();
        while (run.find()) {
            String numeral = run.group();
            String after = out.substring(run.end());
            boolean onlyMagnitude = numeral.chars().allMatch(c -> "十百千万亿".indexOf(c) >= 0);
            if (!onlyMagnitude && startsWithUnit.test(after) && !(numeral.startsWith("零") && numeral.length() > 1)) {
                run.appendReplacement(sb, toNumber(numeral).toPlainString());
            } else {
                run.appendReplacement(sb, numeral);
            }
        }
        run.appendTail(sb);
        return sb.toString();
    }

    private static boolean containsNumeral(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("零〇一二两三四五六七八九十百千万亿".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code 九十五} → 95, {@code 一万二千} → 12000, {@code 九十九点五} → 99.5. */
    static BigDecimal toNumber(String numeral) {
        int point = numeral.indexOf('点');
        String whole = point < 0 ? numeral : numeral.substring(0, point);
        BigDecimal value = BigDecimal.valueOf(integer(whole));
        if (point >= 0) {
            StringBuilder fraction = new StringBuilder("0.");
            for (char c : numeral.substring(point + 1).toCharArray()) {
                fraction.append(digit(c));
            }
            value = value.add(new BigDecimal(fraction.toString()));
        }
        return value;
    }

    private static long integer(String s) {
        long total = 0;
        long section = 0;
        long number = 0;
        for (char c : s.toCharArray()) {
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
        }
        return total + section + number;
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇' -> 0;
            case '两' -> 2;
            default -> "零一二三四五六七八九".indexOf(c);
        };
    }
}
