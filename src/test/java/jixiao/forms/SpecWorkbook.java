package jixiao.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A {@link FormSpec} as an .xlsx or .xls workbook: titles and paragraphs as rows merged across, tables below. */
final class SpecWorkbook {
    private SpecWorkbook() {
    }

    static byte[] xlsx(FormSpec spec) throws IOException {
        return write(spec, new XSSFWorkbook());
    }

    static byte[] xls(FormSpec spec) throws IOException {
        HSSFWorkbook wb = new HSSFWorkbook();
        wb.createInformationProperties();
        return write(spec, wb);
    }

    private static byte[] write(FormSpec spec, Workbook wb) throws IOException {
        try (wb) {
            CellStyle text = wb.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.CENTER);
            CellStyle percent = wb.createCellStyle();
            percent.cloneStyleFrom(text);
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            CellStyle title = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontHeightInPoints((short) 14);
            title.setFont(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            for (FormSpec.Sheet s : spec.sheets()) {
                Sheet sheet = wb.createSheet(s.name());
                int width = s.width();
                int r = 0;
                boolean afterTable = false;
                for (FormSpec.Block b : s.blocks()) {
                    if (b instanceof FormSpec.Table t) {
                        if (afterTable) {
                            r++;
                        }
                        table(sheet, t, r, text, percent);
                        r += t.rows().size();
                        afterTable = true;
                    } else {
                        String line = b instanceof FormSpec.Title ti ? ti.text() : ((FormSpec.Para) b).text();
                        Cell c = sheet.createRow(r).createCell(0);
                        c.setCellValue(line);
                        c.setCellStyle(b instanceof FormSpec.Title ? title : text);
                        if (width > 1) {
                            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
                        }
                        r++;
                    }
                }
                for (int c = 0; c < width; c++) {
                    sheet.setColumnWidth(c, c == 0 ? 16 * 256 : 14 * 256);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void table(Sheet sheet, FormSpec.Table t, int top, CellStyle text, CellStyle percent) {
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = sheet.createRow(top + r);
            for (int c = 0; c < t.width(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellStyle(text);
                if (t.covered(r, c)) {
                    continue;
                }
                String token = t.token(r, c);
                if (token.startsWith("{n}")) {
                    cell.setCellValue(Double.parseDouble(token.substring(3)));
                } else if (token.startsWith("{p}")) {
                    cell.setCellValue(Double.parseDouble(token.substring(3)));
                    cell.setCellStyle(percent);
                } else if (!token.isEmpty()) {
                    cell.setCellValue(FormSpec.shown(token));
                }
                int[] region = t.region(r, c);
                if (region[0] > 1 || region[1] > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(top + r, top + r + region[0] - 1, c, c + region[1] - 1));
                }
            }
        }
    }
}
