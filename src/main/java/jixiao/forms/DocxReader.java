package jixiao.forms;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads the tables of a .docx in body order, each with the paragraphs before it: a cell spanning grid
 * columns ({@code gridSpan}, after any {@code gridBefore}) fills them, a vertical merge ({@code vMerge})
 * fills the cells it continues into, and a cell's paragraphs are joined with line breaks.
 */
final class DocxReader {
    private final ReadBudget budget;
    private final List<Grid> grids = new ArrayList<>();
    private final List<Paragraph> pending = new ArrayList<>();
    private int paragraphs;

    private DocxReader(ReadBudget budget) {
        this.budget = budget;
    }

    static List<Grid> read(XWPFDocument doc, ReadBudget budget) {
        DocxReader reader = new DocxReader(budget);
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                reader.paragraph(p.getText());
            } else if (e instanceof XWPFSDT sdt) {
                reader.paragraph(sdt.getContent().getText());
            } else if (e instanceof XWPFTable t) {
                reader.table(t);
            }
        }
        return reader.grids;
    }

    private void paragraph(String text) {
        paragraphs++;
        if (text != null && !text.isBlank()) {
            String where = "第" + paragraphs + "段";
            pending.add(new Paragraph(budget.text(text.strip(), where), where));
        }
    }

    private void table(XWPFTable table) {
        int number = grids.size() + 1;
        budget.table(number);
        GridBuilder grid = new GridBuilder("表" + number, "table " + number, new Addressing.WordTable(number), budget);
        grid.preamble(pending);
        pending.clear();
        Map<Integer, VerticalMerge> open = new HashMap<>();  // by grid column
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            budget.row(r, grid.english());
            int col = gridBefore(rows.get(r));
            for (XWPFTableCell cell : rows.get(r).getTableCells()) {
                int span = span(cell);
                STMerge.Enum vmerge = vMerge(cell);
                if (vmerge == STMerge.CONTINUE && open.containsKey(col)) {
                    open.get(col).lastRow = r;
                } else {
                    close(grid, open.remove(col));
                    grid.put(r, col, text(cell));
                    if (vmerge == STMerge.RESTART) {
                        open.put(col, new VerticalMerge(r, col, span));
                    } else if (span > 1) {
                        grid.merge(r, col, r, col + span - 1);
                    }
                    if (!cell.getTables().isEmpty()) {
                        budget.warnings().add(new FormWarning(new Addressing.WordTable(number).cell(r, col),
                                "单元格内嵌套的表格未读取"));
                    }
                }
                col += span;
            }
        }
        open.values().forEach(m -> close(grid, m));
        grids.add(grid.build());
    }

    /** A vertical merge still open: the cell that starts it and the last row it has reached. */
    private static final class VerticalMerge {
        final int firstRow;
        final int col;
        final int span;
        int lastRow;

        VerticalMerge(int firstRow, int col, int span) {
            this.firstRow = firstRow;
            this.col = col;
            this.span = span;
            this.lastRow = firstRow;
        }
    }

    private static void close(GridBuilder grid, VerticalMerge m) {
        if (m != null) {
            grid.merge(m.firstRow, m.col, m.lastRow, m.col + m.span - 1);
        }
    }

    private static String text(XWPFTableCell cell) {
        StringBuilder out = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(p.getText());
        }
        return out.toString().strip();
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetGridSpan()) {
            return 1;
        }
        return clamp(pr.getGridSpan().getVal());
    }

    private static STMerge.Enum vMerge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) {
            return null;
        }
        CTVMerge v = pr.getVMerge();
        return v.isSetVal() ? v.getVal() : STMerge.CONTINUE;
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        BigInteger n = pr.getGridBeforeArray(0).getVal();
        return n == null || n.signum() <= 0 ? 0 : clamp(n);
    }

    /** A span or offset as written, kept within a sane range (the column limit refuses anything wider). */
    private static int clamp(BigInteger n) {
        if (n == null || n.signum() <= 0) {
            return 1;
        }
        return n.bitLength() > 16 ? 1 << 16 : n.intValue();
    }
}
