package jixiao.forms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files made to hurt the import: bombs, lies, locks and sheets that never end. */
final class HostileFiles {
    private HostileFiles() {
    }

    /** An .xlsx whose first sheet is replaced by XML that inflates to {@code bytes} of {@code filler}. */
    static byte[] inflating(long bytes, Filler filler) throws IOException {
        return replacing("property-management-self-assessment.xlsx", "xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><!--", bytes, filler,
                "--></sheetData></worksheet>");
    }

    /** A .docx whose document is {@code bytes} of short paragraphs of random a and b: no token is long, the part is. */
    static byte[] longDocument(long bytes) throws IOException {
        return replacing("property-management-self-assessment.docx", "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>", bytes,
                (out, n) -> {
                    Random random = new Random(4);
                    StringBuilder p = new StringBuilder();
                    for (long i = 0; i < n; i += p.length()) {
                        p.setLength(0);
                        p.append("<w:p><w:r><w:t>");
                        for (int k = 0; k < 64; k++) {
                            p.append(random.nextBoolean() ? 'a' : 'b');
                        }
                        p.append("</w:t></w:r></w:p>");
                        out.write(p.toString().getBytes(StandardCharsets.US_ASCII));
                    }
                }, "</w:body></w:document>");
    }

    private static byte[] replacing(String fixture, String entry, String head, long bytes, Filler filler, String tail)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Forms.bytes(fixture)));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    zip.write(head.getBytes(StandardCharsets.US_ASCII));
                    filler.write(zip, bytes);
                    zip.write(tail.getBytes(StandardCharsets.US_ASCII));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    interface Filler {
        void write(OutputStream out, long bytes) throws IOException;
    }

    /** Spaces: inflate about a thousand times. */
    static void spaces(OutputStream out, long bytes) throws IOException {
        byte[] chunk = " ".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
        for (long n = 0; n < bytes; n += chunk.length) {
            out.write(chunk);
        }
    }

    /** Random a and b: about one bit a byte, inflating some six times, no bomb by ratio. */
    static void coinFlips(OutputStream out, long bytes) throws IOException {
        Random random = new Random(1);
        byte[] chunk = new byte[1 << 16];
        for (long n = 0; n < bytes; n += chunk.length) {
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = (byte) (random.nextBoolean() ? 'a' : 'b');
            }
            out.write(chunk);
        }
    }

    /** The 自评表 .docx with a picture of {@code bytes} random bytes (a scanned stamp does not compress). */
    static byte[] withPicture(int bytes) throws Exception {
        byte[] picture = random(bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Forms.bytes("property-management-self-assessment.docx")))) {
            doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(picture),
                    org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "stamp.png", 100, 100);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] encryptedXlsx() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(Forms.bytes("property-management-self-assessment.xlsx")));
             OutputStream os = encryptor.getDataStream(fs)) {
            opc.save(os);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        return out.toByteArray();
    }

    static byte[] encryptedXls() throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("自评表").createRow(0).createCell(0).setCellValue("三级指标");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** A sheet of {@code rows} rows, streamed so the test itself stays small. */
    static byte[] rows(int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet("长表");
            for (int r = 0; r < rows; r++) {
                sheet.createRow(r).createCell(0).setCellValue("第" + r + "行");
            }
            return write(wb);
        }
    }

    /** A cell with text at (row, col) and, if asked, a merged region over the whole sheet from A1. */
    static byte[] cellAt(int row, int col, boolean mergeEverything) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("表");
            sheet.createRow(0).createCell(0).setCellValue("标题");
            if (row > 0 || col > 0) {
                sheet.createRow(row).createCell(col).setCellValue("远处");
            }
            if (mergeEverything) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 99_999, 0, 16_383)); // 1.6 billion cells
            }
            return write(wb);
        }
    }

    static byte[] sheets(int count) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (int i = 0; i < count; i++) {
                wb.createSheet("表" + i).createRow(0).createCell(0).setCellValue("x");
            }
            return write(wb);
        }
    }

    static byte[] tables(int count) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int i = 0; i < count; i++) {
                doc.createTable(1, 1).getRow(0).getCell(0).setText("x");
                doc.createParagraph();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A workbook with a table that is no indicator table. */
    static byte[] notAForm() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("名单");
            String[][] rows = {{"姓名", "科室", "电话"}, {"李明", "办公室", "0731-1234"}, {"王芳", "财务科", "0731-5678"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 3; c++) {
                    sheet.createRow(r).createCell(c).setCellValue(rows[r][c]);
                }
            }
            return write(wb);
        }
    }

    static byte[] plainZip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] png() {
        byte[] b = new byte[4096];
        new Random(2).nextBytes(b);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(3).nextBytes(b);
        return b;
    }

    static byte[] head(byte[] bytes, double fraction) {
        return java.util.Arrays.copyOf(bytes, (int) (bytes.length * fraction));
    }

    private static byte[] write(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
