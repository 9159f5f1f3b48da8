package jixiao.forms;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the values of a form's header block by their labels ({@code labels} of forms.yml): a label starts
 * a cell, and its value follows a colon in that cell ({@code 填报单位：…}), or stands in the next cell to the
 * right with text that is not the label's own merged copy; an amount may instead stand right below the label
 * ({@code 年初预算数} over {@code 560}), as in a budget block's column headers (a blank cell there is no amount).
 */
final class LabelLookup {
    private static final Pattern AMOUNT = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?(万元|元|亿元)?");
    private static final int BELOW = 4;

    private final FormWords words;

    LabelLookup(FormWords words) {
        this.words = words;
    }

    /** A label's value and where it was found. */
    record Found(String value, Cell label, Cell at, Line line, int col) {
    }

    boolean startsWith(Cell cell, Label label) {
        return cell.own() && matches(cell, label) != null;
    }

    private String matches(Cell cell, Label label) {
        String folded = FormWords.fold(cell.text());
        for (String word : words.label(label)) {
            if (folded.startsWith(FormWords.fold(word))) {
                return word;
            }
        }
        return null;
    }

    /** A text value: the first of the label's words found in the lines, in the order the words are listed. */
    Optional<Found> text(List<Line> lines, Label label) {
        for (String word : words.label(label)) {
            String w = FormWords.fold(word);
            for (Line line : lines) {
                for (int i = 0; i < line.cells().size(); i++) {
                    Cell cell = line.cells().get(i);
                    if (cell.own() && FormWords.fold(cell.text()).startsWith(w)) {
                        Optional<Found> f = valueOf(line, i);
                        if (f.isPresent()) {
                            return f;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** An amount: right of the label when a number stands there, else the first text below it, if a number. */
    Optional<Found> amount(List<Line> lines, Label label) {
        for (String word : words.label(label)) {
            String w = FormWords.fold(word);
            for (Line line : lines) {
                for (int i = 0; i < line.cells().size(); i++) {
                    Cell cell = line.cells().get(i);
                    if (cell.own() && FormWords.fold(cell.text()).startsWith(w)) {
                        Optional<Found> right = valueOf(line, i).filter(f -> isAmount(f.value()));
                        Optional<Found> found = right.isPresent() ? right : below(line, i);
                        if (found.isPresent()) {
                            return found;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> valueOf(Line line, int i) {
        Cell label = line.cells().get(i);
        String after = afterColon(label.text());
        if (!after.isBlank()) {
            return Optional.of(new Found(after.strip(), label, label, line, i));
        }
        for (int j = i + 1; j < line.cells().size(); j++) {
            Cell c = line.cells().get(j);
            if (!c.blank() && !(c.merged() && c.text().equals(label.text()))) {
                return Optional.of(new Found(c.text().strip(), label, c, line, j));
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> below(Line line, int col) {
        if (line.grid() == null) {
            return Optional.empty();
        }
        Cell label = line.cells().get(col);
        for (int r = line.row() + 1; r <= line.row() + BELOW && r < line.grid().height(); r++) {
            Cell c = line.grid().cell(r, col);
            if (c.merged() && c.text().equals(label.text())) {
                continue;
            }
            if (c.blank()) {
                return Optional.empty();
            }
            return isAmount(c.text()) ? Optional.of(new Found(c.text().strip(), label, c, line, col)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static String afterColon(String text) {
        int i = text.indexOf('：');
        int j = text.indexOf(':');
        int at = i < 0 ? j : j < 0 ? i : Math.min(i, j);
        return at < 0 ? "" : text.substring(at + 1);
    }

    static boolean isAmount(String text) {
        return AMOUNT.matcher(FormWords.fold(text).replace(",", "")).matches();
    }
}
