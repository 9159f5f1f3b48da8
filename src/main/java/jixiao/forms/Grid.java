package jixiao.forms;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * One sheet or table as a rectangle of cells, merged cells filled down and right with their text, and the
 * paragraphs that come before it (a Word table's title, 填报单位 …; none for a sheet).
 */
public final class Grid {
    private final String name;
    private final Addressing addressing;
    private final List<Paragraph> preamble;
    private final String[][] texts;
    private final BitSet merged;
    private final int width;

    Grid(String name, Addressing addressing, List<Paragraph> preamble, String[][] texts, BitSet merged, int width) {
        this.name = name;
        this.addressing = addressing;
        this.preamble = List.copyOf(preamble);
        this.texts = texts;
        this.merged = merged;
        this.width = width;
    }

    /** The sheet's name, or {@code 表2}. */
    public String name() {
        return name;
    }

    public List<Paragraph> preamble() {
        return preamble;
    }

    public int height() {
        return texts.length;
    }

    public int width() {
        return width;
    }

    /** A cell's text, without making the cell (the readers' hot path). */
    String text(int row, int col) {
        String text = row < texts.length && col < width ? texts[row][col] : null;
        return text == null ? "" : text;
    }

    /** Whether a cell has text of its own: not blank and not a merged cell's copy. */
    boolean own(int row, int col) {
        return !merged.get(row * width + col) && !text(row, col).isBlank();
    }

    public Cell cell(int row, int col) {
        String text = row < texts.length && col < width && texts[row][col] != null ? texts[row][col] : "";
        return new Cell(text, addressing.cell(row, col), merged.get(row * width + col));
    }

    public List<Cell> row(int row) {
        List<Cell> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            cells.add(cell(row, c));
        }
        return cells;
    }

    public String address(int row, int col) {
        return addressing.cell(row, col);
    }

    public String range(int firstRow, int lastRow) {
        return addressing.range(firstRow, 0, lastRow, Math.max(0, width - 1));
    }
}
