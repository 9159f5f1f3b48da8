package jixiao.forms;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jixiao.indicator.Normaliser;

/**
 * The words of {@code scoring-tables/forms.yml}: column headers, header-block labels, title words, rows and
 * tables to skip, comparators and money units, and the export's words. Matching is on {@link #fold}ed text;
 * the words are kept as written (the export writes them) and folded once here for matching.
 */
public final class FormWords {
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\[\\]]*+\\]");

    private final Map<Role, List<String>> columns;
    private final Map<Role, List<String>> foldedColumns = new EnumMap<>(Role.class);
    private final Map<Label, List<String>> labels;
    private final Map<String, List<String>> lists;
    private final Map<String, List<String>> foldedLists = new java.util.HashMap<>();
    private final Map<String, List<String>> comparators;
    private final ExportWords export;

    FormWords(Map<Role, List<String>> columns, Map<Label, List<String>> labels, Map<String, List<String>> lists,
              Map<String, List<String>> comparators, ExportWords export) {
        this.columns = new EnumMap<>(columns);
        columns.forEach((role, words) -> foldedColumns.put(role, words.stream().map(FormWords::fold).toList()));
        this.labels = new EnumMap<>(labels);
        this.lists = Map.copyOf(lists);
        lists.forEach((name, words) -> foldedLists.put(name, words.stream().map(FormWords::fold).toList()));
        this.comparators = Map.copyOf(comparators);
        this.export = export;
    }

    /** Reads {@code forms.yml} of a tables directory (the one the service scores with, or the jar's copy). */
    public static FormWords load(Path tablesDir) {
        return FormWordsLoader.load(tablesDir.resolve("forms.yml"));
    }

    /** A cell's text as matched: whitespace and line breaks removed, full-width forms folded, Word bookmarks dropped. */
    static String fold(String text) {
        String s = text.contains("[bookmark:") ? BOOKMARK.matcher(text).replaceAll("") : text;
        return Normaliser.foldVariants(s);
    }

    /** The role of one header cell's text, if any of its words is in it. */
    Optional<Role> role(String headerText) {
        String folded = fold(headerText);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        for (Role role : Role.values()) {
            if (has(role, folded)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** Whether folded header text contains one of a role's words. */
    boolean has(Role role, String folded) {
        for (String word : foldedColumns.getOrDefault(role, List.of())) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The header the export writes for a role: its first word. */
    String header(Role role) {
        return columns.get(role).get(0);
    }

    List<String> label(Label label) {
        return labels.getOrDefault(label, List.of());
    }

    /** One of the plain word lists: titles, selfAssessment, halfYear, department, project, skipRows, skipSections, moneyUnits, unitSuffixes. */
    List<String> list(String name) {
        return lists.getOrDefault(name, List.of());
    }

    /** Whether folded text contains any word of a list. */
    boolean mentions(String list, String text) {
        String folded = fold(text);
        for (String w : foldedLists.getOrDefault(list, List.of())) {
            if (folded.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether folded text starts with any word of a list. */
    boolean startsWithAny(String list, String text) {
        String folded = fold(text);
        for (String w : foldedLists.getOrDefault(list, List.of())) {
            if (!folded.isEmpty() && folded.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** The comparator a separate column's text stands for ({@code ≧} is {@code ≥}), if it is one. */
    Optional<String> comparator(String text) {
        String folded = fold(text);
        for (Map.Entry<String, List<String>> e : comparators.entrySet()) {
            if (e.getValue().stream().anyMatch(w -> fold(w).equals(folded))) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    public ExportWords export() {
        return export;
    }
}
