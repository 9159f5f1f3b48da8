package jixiao.indicator;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/** Spec §1.1: the text of a value as the rest of the parser sees it. */
public final class Normaliser {
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\[\\]]*+\\]");
    private static final String TRAILING_PUNCTUATION = "。.,，;；、:：!！?？";
    private static final Set<String> EMPTY = Set.of("", "/", "—", "-", "——", "–", "／");

    private Normaliser() {
    }

    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String s = foldVariants(raw.contains("[bookmark:") ? BOOKMARK.matcher(raw).replaceAll("") : raw);
        s = foldLatex(s);
        if (s.indexOf(',') >= 0) {
            s = dropThousandsSeparators(s);
        }
        s = stripTrailingPunctuation(s);
        if (s.startsWith("已") && s.length() > 1) {
            s = s.substring(1);
        }
        return s;
    }

    /**
     * Whitespace removed (U+3000, line breaks and zero-width spaces too), full-width and small-form
     * variants folded to ASCII, variant comparator glyphs to {@code ≥ ≤ =}. Nothing else: not NFKC.
     */
    public static String foldVariants(String raw) {
        int kept = 0;
        while (kept < raw.length() && kept(raw.charAt(kept))) {
            kept++;
        }
        if (kept == raw.length()) {
            return raw;  // most cells need nothing folded
        }
        StringBuilder out = new StringBuilder(raw.length()).append(raw, 0, kept);
        for (int i = kept; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!dropped(c)) {
                out.append(fold(c));
            }
        }
        return out.toString();
    }

    /** Whether a character stays as it is: printable ASCII and CJK ideographs at once, else by the rules. */
    private static boolean kept(char c) {
        if ((c > ' ' && c < '\u007F') || (c >= '\u4E00' && c <= '\u9FFF')) {
            return true;
        }
        return !dropped(c) && fold(c) == c;
    }

    private static boolean dropped(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /**
     * A comma between digits is a thousands separator when exactly three digits follow it and no digit
     * after those ({@code 215,457.6}, {@code 12,000,000元}); any other comma stays ({@code 1,2号楼}).
     * Each comma is judged on the text as given, in one pass.
     */
    static String dropThousandsSeparators(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean separator = c == ',' && i > 0 && isDigit(s, i - 1) && isDigit(s, i + 1) && isDigit(s, i + 2)
                    && isDigit(s, i + 3) && !isDigit(s, i + 4);
            if (!separator) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
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

    /** One character: Fullwidth Forms U+FF01–FF5E, Small Form Variants U+FE50–FE6B, comparator glyphs. */
    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c >= '\uFE50' && c <= '\uFE6B') {
            // The block's own compatibility mapping (﹦→=, ﹤→<, ﹪→%, ﹐→, …); its two unassigned points stay.
            String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            return folded.length() == 1 ? folded.charAt(0) : c;
        }
        return switch (c) {
            case '≧', '⩾' -> '≥';
            case '≦', '⩽' -> '≤';
            case '═' -> '=';
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

    private static final Pattern POINTS_NOTE = Pattern.compile("[(（]\\d++(?:\\.\\d++)?分[)）]$");

    /** A level1/level2 name as compared with table names: normalised, a trailing {@code (50分)} dropped. */
    public static String levelName(String raw) {
        String s = normalise(raw);
        // the expression runs only on names that can end in a points note (most do not)
        return s.endsWith("分)") || s.endsWith("分）") ? POINTS_NOTE.matcher(s).replaceAll("") : s;
    }

    /**
     * A level1/level2 name as §3 normalises it: {@link #levelName} less a trailing {@code 指标}, then
     * less a leading {@code 项目} ({@code 产出指标(50分)} and {@code 项目产出} are {@code 产出}). Used to match
     * level1 to a table's groups and for the cost test of §1.5.
     */
    public static String groupKey(String raw) {
        String s = levelName(raw);
        if (s.endsWith("指标") && s.length() > 2) {
            s = s.substring(0, s.length() - 2);
        }
        return s.startsWith("项目") && s.length() > 2 ? s.substring(2) : s;
    }
}
