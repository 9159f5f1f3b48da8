package jixiao.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A {@link FormSpec} as a .docx: titles and paragraphs before each table, tables with real merged cells
 * ({@code gridSpan} across, {@code vMerge} down), a cell's line breaks as paragraphs of the cell.
 */
final class SpecDocument {
    private static final int COLUMN_TWIPS = 1100;

    private SpecDocument() {
    }

    static byte[] docx(FormSpec spec) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (FormSpec.Sheet s : spec.sheets()) {
                for (FormSpec.Block b : s.blocks()) {
                    if (b instanceof FormSpec.Title t) {
                        XWPFParagraph p = doc.createParagraph();
                        p.setAlignment(ParagraphAlignment.CENTER);
                        XWPFRun run = p.createRun();
                        run.setBold(true);
                        run.setFontSize(16);
                        run.setText(t.text());
                    } else if (b instanceof FormSpec.Para p) {
                        doc.createParagraph().createRun().setText(p.text());
                    } else {
                        table(doc, (FormSpec.Table) b);
                        doc.createParagraph();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void table(XWPFDocument doc, FormSpec.Table t) {
        int width = t.width();
        XWPFTable table = doc.createTable(t.rows().size(), 1);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < width; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(COLUMN_TWIPS));
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            boolean first = true;
            for (int c = 0; c < width; c++) {
                String token = t.token(r, c);
                boolean up = token.equals("^");
                if (token.equals("<") || up && !startsColumnOfRegionAbove(t, r, c)) {
                    continue;
                }
                int span = up ? spanOfRegionAbove(t, r, c) : t.region(r, c)[1];
                XWPFTableCell cell = first ? row.getCell(0) : row.addNewTableCell();
                first = false;
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                pr.addNewTcW().setW(BigInteger.valueOf((long) COLUMN_TWIPS * span));
                pr.getTcW().setType(STTblWidth.DXA);
                if (span > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                if (up) {
                    pr.addNewVMerge().setVal(STMerge.CONTINUE);
                    continue;
                }
                if (t.region(r, c)[0] > 1) {
                    pr.addNewVMerge().setVal(STMerge.RESTART);
                }
                write(cell, token);
            }
        }
    }

    /** Whether (r, c) is the first column of the merged region it continues from above. */
    private static boolean startsColumnOfRegionAbove(FormSpec.Table t, int r, int c) {
        return c == 0 || !t.token(r, c - 1).equals("^") || originColumn(t, r, c) == c;
    }

    private static int originColumn(FormSpec.Table t, int r, int c) {
        int row = r;
        while (row > 0 && t.token(row, c).equals("^")) {
            row--;
        }
        int col = c;
        while (col > 0 && t.token(row, col).equals("<")) {
            col--;
        }
        return col;
    }

    private static int spanOfRegionAbove(FormSpec.Table t, int r, int c) {
        int row = r;
        while (row > 0 && t.token(row, c).equals("^")) {
            row--;
        }
        return t.region(row, c)[1];
    }

    private static void write(XWPFTableCell cell, String token) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        String text = FormSpec.shown(token);
        if (token.startsWith("{bm}")) {
            CTBookmark start = p.getCTP().addNewBookmarkStart();
            start.setName("_GoBack");
            start.setId(BigInteger.ZERO);
            CTMarkupRange end = p.getCTP().addNewBookmarkEnd();
            end.setId(BigInteger.ZERO);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph para = i == 0 ? p : cell.addParagraph();
            if (!lines[i].isEmpty()) {
                para.createRun().setText(lines[i]);
            }
        }
    }
}
