package jixiao.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Reads the tables of a .doc (Word 97–2003) with HWPF, each with the paragraphs before it. A .doc row has
 * no grid: its cells have edges, so the table's columns are the distinct cell edges of all its rows, and a
 * cell wider than one column fills those it covers; a vertically merged cell fills the cells below it.
 */
final class DocReader {
    /** Edges closer than this (in twips, 1/20 pt) are one column boundary. */
    private static final int EDGE_TOLERANCE = 30;

    private final ReadBudget budget;
    private final List<Grid> grids = new ArrayList<>();
    private final List<Paragraph> pending = new ArrayList<>();

    private DocReader(ReadBudget budget) {
        this.budget = budget;
    }

    static List<Grid> read(HWPFDocument doc, ReadBudget budget) {
        DocReader reader = new DocReader(budget);
        Range range = doc.getRange();
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table table = range.getTable(p);
                reader.table(table);
                i += Math.max(1, table.numParagraphs()) - 1;
            } else {
                reader.paragraph(p.text(), i + 1);
            }
        }
        return reader.grids;
    }

    private void paragraph(String raw, int number) {
        String text = clean(raw);
        if (!text.isBlank()) {
            String where = "第" + number + "段";
            pending.add(new Paragraph(budget.text(text, where), where));
        }
    }

    private void table(Table table) {
        int number = grids.size() + 1;
        budget.table(number);
        GridBuilder grid = new GridBuilder("表" + number, "table " + number, new Addressing.WordTable(number), budget);
        grid.preamble(pending);
        pending.clear();
        List<Integer> edges = edges(table);
        int[] openFrom = new int[edges.size()];
        java.util.Arrays.fill(openFrom, -1);
        for (int r = 0; r < table.numRows(); r++) {
            budget.row(r, grid.english());
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int first = column(edges, cell.getLeftEdge());
                int last = Math.max(first, column(edges, cell.getLeftEdge() + cell.getWidth()) - 1);
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() && openFrom[first] >= 0) {
                    grid.merge(openFrom[first], first, r, last);
                    continue;
                }
                openFrom[first] = cell.isFirstVerticallyMerged() ? r : -1;
                grid.put(r, first, cellText(cell));
                grid.merge(r, first, r, last);
            }
        }
        grids.add(grid.build());
    }

    /** The column boundaries of a table: every cell's left and right edge, near ones taken as one. */
    private List<Integer> edges(Table table) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                all.add(cell.getLeftEdge());
                all.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int e : all) {
            if (edges.isEmpty() || e - edges.get(edges.size() - 1) > EDGE_TOLERANCE) {
                edges.add(e);
            }
        }
        budget.column(Math.max(0, edges.size() - 2), "table " + (grids.size() + 1));
        return edges;
    }

    private static int column(List<Integer> edges, int edge) {
        int best = 0;
        for (int i = 0; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - edge) < Math.abs(edges.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }

    private static String cellText(TableCell cell) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            String text = clean(cell.getParagraph(i).text());
            if (i > 0) {
                out.append('\n');
            }
            out.append(text);
        }
        return out.toString().strip();
    }

    /** A paragraph's text without Word's field codes and control marks; a manual line break is a line break. */
    private static String clean(String raw) {
        String s = Range.stripFields(raw);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u000B') {
                out.append('\n');
            } else if (c == '\t' || c == '\n' || c >= ' ') {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
