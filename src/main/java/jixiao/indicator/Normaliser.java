package jixiao.indicator;

import java.util.Set;
import java.util.regex.Pattern;

/** Spec §1.1: the text of a value as the rest of the parser sees it. */
public final class Normaliser {
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final String TRAILING_PUNCTUATION = "。.,，;；、:：!！?？";
    private static final Set<String> EMPTY = Set.of("", "/", "—", "-", "——", "–", "／");

    private Normaliser() {
    }

    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String s = BOOKMARK.matcher(raw).replaceAll("");
        s = foldLatex(s);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            out.append(fold(c));
        }
        s = THOUSANDS.matcher(out).replaceAll("");
        s = stripTrailingPunctuation(s);
        if (s.startsWith("已") && s.length() > 1) {
            s = s.substring(1);
        }
        return s;
    }

    /** A normalised text that means "no value": null, blank, {@code /}, {@code —}, {@code -}. */
    public static boolean isEmpty(String normalised) {
        return normalised == null || EMPTY.contains(normalised);
    }

    private static String foldLatex(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('$') < 0) {
            return s;
        }
        return s.replace("\\geqslant", "≥").replace("\\leqslant", "≤")
                .replace("\\geq", "≥").replace("\\leq", "≤")
                .replace("\\ge", "≥").replace("\\le", "≤")
                .replace("\\sim", "~").replace("\\%", "%")
                .replace("\\gt", ">").replace("\\lt", "<")
                .replace("$", "");
    }

    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '≧' -> '≥';
            case '≦' -> '≤';
            case '〜' -> '~';
            default -> c;
        };
    }

    private static String stripTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    private static final Pattern POINTS_NOTE = Pattern.compile("[(（]\\d+(?:\\.\\d+)?分[)）]$");

    /** A level1/level2 name as compared with table names: normalised, a trailing {@code (50分)} dropped. */
    public static String levelName(String raw) {
        return POINTS_NOTE.matcher(normalise(raw)).replaceAll("");
    }

    /** The key a level1 name is matched to a group by (§3): {@link #levelName} less a trailing {@code 指标}. */
    public static String groupKey(String raw) {
        String s = levelName(raw);
        return s.endsWith("指标") && s.length() > 2 ? s.substring(0, s.length() - 2) : s;
    }
}
