package jixiao.forms;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the cells of one sheet or table as they are read (in any order, sparse), then builds the
 * {@link Grid}: as wide and high as the non-empty cells reach (a merged region reaching further is cut
 * there, so {@code A1:XFD1048576} costs nothing), with each merged region's text copied into its cells.
 */
final class GridBuilder {
    private record Region(int firstRow, int firstCol, int lastRow, int lastCol) {
    }

    private final String name;
    private final String english;
    private final Addressing addressing;
    private final ReadBudget budget;
    private final List<Paragraph> preamble = new ArrayList<>();
    private final Map<Long, String> texts = new HashMap<>();
    private final List<Region> merges = new ArrayList<>();
    private int height;
    private int width;

    /** {@code english} names the grid in refusals, whose messages are English: {@code sheet 2}, {@code table 3}. */
    GridBuilder(String name, String english, Addressing addressing, ReadBudget budget) {
        this.name = name;
        this.english = english;
        this.addressing = addressing;
        this.budget = budget;
    }

    String name() {
        return name;
    }

    String english() {
        return english;
    }

    void preamble(List<Paragraph> paragraphs) {
        preamble.addAll(paragraphs);
    }

    /** A cell's text (0-based row and column); blank text is not kept. */
    void put(int row, int col, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        budget.row(row, english);
        budget.column(col, english);
        String where = addressing.cell(row, col);
        budget.cell();
        texts.put(key(row, col), budget.text(text, where));
        height = Math.max(height, row + 1);
        width = Math.max(width, col + 1);
    }

    void merge(int firstRow, int firstCol, int lastRow, int lastCol) {
        if (lastRow > firstRow || lastCol > firstCol) {
            merges.add(new Region(firstRow, firstCol, lastRow, lastCol));
        }
    }

    Grid build() {
        String[][] cells = new String[height][width];
        texts.forEach((k, v) -> cells[(int) (k >>> 32)][(int) (long) k] = v);
        BitSet merged = new BitSet();
        for (Region m : merges) {
            fill(cells, merged, m);
        }
        return new Grid(name, addressing, preamble, cells, merged, width);
    }

    private void fill(String[][] cells, BitSet merged, Region m) {
        if (m.firstRow >= height || m.firstCol >= width) {
            return;
        }
        String text = cells[m.firstRow][m.firstCol];
        if (text == null) {
            return;
        }
        for (int r = m.firstRow; r <= Math.min(m.lastRow, height - 1); r++) {
            for (int c = m.firstCol; c <= Math.min(m.lastCol, width - 1); c++) {
                if ((r != m.firstRow || c != m.firstCol) && !merged.get(r * width + c)) {
                    budget.cell();
                    cells[r][c] = text;
                    merged.set(r * width + c);
                }
            }
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 32) | (col & 0xffffffffL);
    }
}
