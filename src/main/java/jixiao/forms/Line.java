package jixiao.forms;

import java.util.List;

/**
 * A line of a form's header block: a row of a grid, or a paragraph before a Word table (one cell, no grid).
 * Labels are looked up along lines; amounts below a label need the grid.
 */
record Line(Grid grid, int row, List<Cell> cells) {
    static Line of(Paragraph p) {
        return new Line(null, -1, List.of(new Cell(p.text(), p.address(), false)));
    }

    static Line of(Grid grid, int row) {
        return new Line(grid, row, grid.row(row));
    }

    /** The line's own texts, joined: a merged cell counted once. */
    String text() {
        StringBuilder out = new StringBuilder();
        for (Cell c : cells) {
            if (c.own()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c.text());
            }
        }
        return out.toString();
    }

    /** The first cell with text of its own, or the first cell. */
    Cell first() {
        return cells.stream().filter(Cell::own).findFirst().orElse(cells.get(0));
    }
}
