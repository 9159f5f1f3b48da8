package jixiao.indicator;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Words looked up at a position of a text, longest first, indexed by their first character so that a
 * position no word starts at costs one scan of a short string (long texts stay linear and cheap).
 */
final class WordIndex<V> {
    private final String firstChars;
    private final BitSet startsAny = new BitSet();
    private final List<List<Map.Entry<String, V>>> byFirstChar = new ArrayList<>();

    WordIndex(List<Map.Entry<String, V>> words) {
        StringBuilder first = new StringBuilder();
        for (Map.Entry<String, V> w : words) {
            if (w.getKey().isEmpty()) {
                continue;
            }
            int i = first.indexOf(String.valueOf(w.getKey().charAt(0)));
            if (i < 0) {
                first.append(w.getKey().charAt(0));
                byFirstChar.add(new ArrayList<>());
                i = byFirstChar.size() - 1;
            }
            byFirstChar.get(i).add(w);
        }
        byFirstChar.forEach(list -> list.sort(
                Comparator.comparingInt((Map.Entry<String, V> e) -> e.getKey().length()).reversed()));
        this.firstChars = first.toString();
        firstChars.chars().forEach(startsAny::set);
    }

    /** The longest word starting at {@code pos}, or null. */
    Map.Entry<String, V> at(String s, int pos) {
        if (pos >= s.length() || !startsAny.get(s.charAt(pos))) {
            return null;
        }
        int i = firstChars.indexOf(s.charAt(pos));
        if (i < 0) {
            return null;
        }
        for (Map.Entry<String, V> w : byFirstChar.get(i)) {
            if (s.startsWith(w.getKey(), pos)) {
                return w;
            }
        }
        return null;
    }

    /** Whether some word starts with the character at {@code pos}: a cheap test before {@link #at}. */
    boolean mayStartAt(String s, int pos) {
        return startsAny.get(s.charAt(pos));
    }
}
