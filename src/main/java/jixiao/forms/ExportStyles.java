package jixiao.forms;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the exported workbook: a font that shows Chinese (宋体, which LibreOffice and Excel
 * substitute where absent), thin borders, wrapped text, bold headers, and numbers written as numbers in a
 * format that shows exactly the decimals they were given, so that they read back as written.
 */
final class ExportStyles {
    static final String FONT = "宋体";

    private final Workbook wb;
    private final CellStyle text;
    private final CellStyle header;
    private final CellStyle title;
    private final Map<String, CellStyle> numbers = new HashMap<>();

    ExportStyles(Workbook wb) {
        this.wb = wb;
        Font plain = font(11, false);
        text = bordered(plain);
        header = bordered(font(11, true));
        header.setAlignment(HorizontalAlignment.CENTER);
        title = wb.createCellStyle();
        title.setFont(font(16, true));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
    }

    private Font font(int points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private CellStyle bordered(Font font) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    Cell text(Row row, int col, String value) {
        Cell c = cell(row, col, text);
        if (value != null && !value.isEmpty()) {
            c.setCellValue(value);
        }
        return c;
    }

    Cell header(Row row, int col, String value) {
        Cell c = cell(row, col, header);
        c.setCellValue(value);
        return c;
    }

    Cell title(Row row, int col, String value) {
        Cell c = cell(row, col, title);
        c.setCellValue(value);
        return c;
    }

    /** A number as a number cell showing its decimals as given (10 → 10, 9.50 → 9.50); null leaves the cell empty. */
    Cell number(Row row, int col, BigDecimal value) {
        if (value == null) {
            return cell(row, col, text);
        }
        int scale = Math.max(0, Math.min(value.scale(), 10));
        String format = scale == 0 ? "0" : "0." + "0".repeat(scale);
        CellStyle s = numbers.computeIfAbsent(format, f -> {
            CellStyle n = wb.createCellStyle();
            n.cloneStyleFrom(text);
            n.setDataFormat(wb.createDataFormat().getFormat(f));
            return n;
        });
        Cell c = cell(row, col, s);
        c.setCellValue(value.doubleValue());
        return c;
    }

    /** An amount as written: a plain decimal as a number cell, anything else ({@code 352000元}) as text. */
    Cell amount(Row row, int col, String value) {
        if (value != null && Money.isNumber(value) && value.length() <= 16 && !value.contains(",")) {
            return number(row, col, new BigDecimal(FormWords.fold(value)));
        }
        return text(row, col, value);
    }

    /** Blank bordered cells, so merged regions keep their borders. */
    void fill(Row row, int from, int to) {
        for (int c = from; c <= to; c++) {
            if (row.getCell(c) == null) {
                cell(row, c, text);
            }
        }
    }

    private static Cell cell(Row row, int col, CellStyle style) {
        Cell c = row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
        c.setCellStyle(style);
        return c;
    }

    static Row row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }
}
