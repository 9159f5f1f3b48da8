package jixiao.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * What is left of {@link FormLimits} while one file is read: every reader counts its sheets or tables, its
 * cells and their text here, and is stopped with {@link FormProblem.Code#FORM_TOO_LARGE} at the first
 * cell past a limit, before it is kept.
 */
final class ReadBudget {
    private final FormLimits limits;
    private final List<FormWarning> warnings = new ArrayList<>();
    private int grids;
    private int cells;
    private long chars;

    ReadBudget(FormLimits limits) {
        this.limits = limits;
    }

    FormLimits limits() {
        return limits;
    }

    List<FormWarning> warnings() {
        return warnings;
    }

    void sheet() {
        if (++grids > limits.maxSheets()) {
            throw FormProblem.tooLarge("the workbook has more than " + limits.maxSheets() + " sheets");
        }
    }

    void table(int number) {
        if (number > limits.maxTables()) {
            throw tooManyTables(limits);
        }
    }

    /** Also the refusal of {@link TableTags}, which counts a Word file's tables before they are parsed. */
    static FormProblem tooManyTables(FormLimits limits) {
        return FormProblem.tooLarge("the document has more than " + limits.maxTables() + " tables");
    }

    /** A cell's text as kept: counted, and cut to the cell limit with a warning naming it. */
    String text(String text, String where) {
        chars += text.length();
        if (chars > limits.maxTextChars()) {
            throw FormProblem.tooLarge("the file holds more than " + limits.maxTextChars() + " characters of text");
        }
        if (text.length() > limits.maxCellChars()) {
            warnings.add(new FormWarning(where, "单元格文字超过 " + limits.maxCellChars() + " 字，已截断"));
            return text.substring(0, limits.maxCellChars());
        }
        return text;
    }

    /** One more non-empty cell, read or filled from a merged cell. */
    void cell() {
        if (++cells > limits.maxCells()) {
            throw FormProblem.tooLarge("the file has more than " + limits.maxCells() + " non-empty cells, merged cells counted for each cell they cover");
        }
    }

    /** {@code grid} as refusals name it: {@code sheet 2}, {@code table 3}. */
    void row(int row, String grid) {
        if (row >= limits.maxRows()) {
            throw FormProblem.tooLarge(grid + " has rows beyond the limit of " + limits.maxRows());
        }
    }

    void column(int col, String grid) {
        if (col >= limits.maxColumns()) {
            throw FormProblem.tooLarge(grid + " has columns beyond the limit of " + limits.maxColumns());
        }
    }
}
