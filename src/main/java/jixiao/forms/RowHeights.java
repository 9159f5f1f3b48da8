package jixiao.forms;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Row heights that fit wrapped text, since neither Excel nor LibreOffice grows a row for text written by
 * a program: each row as high as its tallest cell's lines at the column's (or merged region's) width, a
 * Chinese character counted as two columns of width. Also each sheet's page: A4 landscape, one page wide.
 */
final class RowHeights {
    private static final float LINE_POINTS = 15f;

    private RowHeights() {
    }

    static void fit(Sheet sheet) {
        Map<Long, Integer> mergedWidth = new HashMap<>();
        Map<Long, Integer> mergedHeight = new HashMap<>();
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            int w = 0;
            for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                w += sheet.getColumnWidth(c);
            }
            mergedWidth.put(key(m.getFirstRow(), m.getFirstColumn()), w);
            mergedHeight.put(key(m.getFirstRow(), m.getFirstColumn()), m.getLastRow() - m.getFirstRow() + 1);
        }
        for (Row row : sheet) {
            int lines = 1;
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.STRING) {
                    continue;
                }
                long k = key(row.getRowNum(), cell.getColumnIndex());
                int width = mergedWidth.getOrDefault(k, sheet.getColumnWidth(cell.getColumnIndex())) / 256;
                int rows = mergedHeight.getOrDefault(k, 1);
                lines = Math.max(lines, (lines(cell.getStringCellValue(), Math.max(1, width - 1)) + rows - 1) / rows);
            }
            row.setHeightInPoints(Math.min(400f, lines * LINE_POINTS + 3));
        }
    }

    static void page(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    private static int lines(String text, int width) {
        int total = 0;
        for (String line : text.split("\n", -1)) {
            int w = 0;
            for (int i = 0; i < line.length(); i++) {
                w += line.charAt(i) > 0x2E7F ? 2 : 1;
            }
            total += Math.max(1, (w + width - 1) / width);
        }
        return total;
    }

    private static long key(int row, int col) {
        return ((long) row << 32) | col;
    }
}
