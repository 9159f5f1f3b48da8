package jixiao.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes report sheets ({@link SheetTable}) as an .xlsx people print and sort: a title row, bold headers,
 * numbers as numeric cells, a font that shows Chinese, each column as wide as its widest cell (a Chinese
 * character counted as two, capped so long texts wrap), rows high enough for wrapped text, the title and
 * first header row frozen and repeated on every printed page, A4 landscape one page wide.
 */
public final class TableWorkbook {
    /** Widest column, in characters; longer texts wrap. */
    private static final int MAX_WIDTH = 60;
    private static final int MIN_WIDTH = 6;

    private TableWorkbook() {
    }

    public static byte[] write(List<SheetTable> sheets) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ExportStyles styles = new ExportStyles(wb);
            for (SheetTable table : sheets) {
                sheet(wb, styles, table);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook wb, ExportStyles styles, SheetTable table) {
        Sheet sheet = wb.createSheet(table.name());
        int columns = Math.max(1, table.blocks().stream().mapToInt(b -> b.headers().size()).max().orElse(1));
        int[] widths = new int[columns];
        styles.title(ExportStyles.row(sheet, 0), 0, table.title());
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        }
        int r = 1;
        int firstHeader = -1;
        for (SheetTable.Block block : table.blocks()) {
            r++; // a blank row before each table
            if (block.caption() != null) {
                styles.header(ExportStyles.row(sheet, r++), 0, block.caption());
            }
            firstHeader = firstHeader < 0 ? r : firstHeader;
            Row head = ExportStyles.row(sheet, r++);
            for (int c = 0; c < block.headers().size(); c++) {
                styles.header(head, c, block.headers().get(c));
                widths[c] = Math.max(widths[c], width(block.headers().get(c)));
            }
            for (List<Object> cells : block.rows()) {
                Row row = ExportStyles.row(sheet, r++);
                for (int c = 0; c < cells.size() && c < columns; c++) {
                    widths[c] = Math.max(widths[c], cell(styles, row, c, cells.get(c)));
                }
                styles.fill(row, cells.size(), block.headers().size() - 1);
            }
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2)) * 256);
        }
        int frozen = table.blocks().size() == 1 ? firstHeader + 1 : 1;
        sheet.createFreezePane(0, frozen);
        sheet.setRepeatingRows(new CellRangeAddress(0, frozen - 1, -1, -1));
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, columns - 1, 0, Math.max(0, r - 1));
        RowHeights.fit(sheet);
        RowHeights.page(sheet);
    }

    /** Writes one cell; answers its width in characters. */
    private static int cell(ExportStyles styles, Row row, int col, Object value) {
        if (value instanceof Number n) {
            BigDecimal x = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
            styles.number(row, col, x);
            return x.toPlainString().length();
        }
        String text = value == null ? null : value.toString();
        styles.text(row, col, text);
        return width(text);
    }

    /** A text's width in characters, a Chinese character counted as two; the widest line of several. */
    static int width(String text) {
        if (text == null) {
            return 0;
        }
        int widest = 0;
        for (String line : text.split("\n", -1)) {
            int w = 0;
            for (int i = 0; i < line.length(); i++) {
                w += line.charAt(i) > 0x2E7F ? 2 : 1;
            }
            widest = Math.max(widest, w);
        }
        return widest;
    }
}
