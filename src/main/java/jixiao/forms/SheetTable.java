package jixiao.forms;

import java.util.List;

/**
 * A sheet of a report workbook: its name, a title over it, and one or more tables, each with an optional
 * caption, a header row and rows of cells. A cell is text, a number (written as a numeric cell, showing the
 * decimals it has) or null (empty).
 */
public record SheetTable(String name, String title, List<Block> blocks) {
    public SheetTable {
        blocks = List.copyOf(blocks);
    }

    public SheetTable(String name, String title, List<String> headers, List<List<Object>> rows) {
        this(name, title, List.of(new Block(null, headers, rows)));
    }

    public record Block(String caption, List<String> headers, List<List<Object>> rows) {
        public Block {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }
}
