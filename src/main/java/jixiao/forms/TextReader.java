package jixiao.forms;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads text copied from a spreadsheet or saved as CSV: UTF-8 (a BOM is dropped), else GB18030 as Excel
 * saves CSV on Chinese Windows; cells separated by tabs (as pasted) or commas, with quoted cells that may
 * hold line breaks and doubled quotes. A pasted table has no merged cells: a blank 一级/二级 cell is read as
 * the one above by the form reader, not here.
 */
final class TextReader {
    private TextReader() {
    }

    static Grid read(byte[] bytes, Format declared, ReadBudget budget) {
        String text = decode(bytes);
        char separator = separator(text, declared);
        GridBuilder grid = new GridBuilder("文本", "the text", new Addressing.Text(), budget);
        int row = 0;
        int col = 0;
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                grid.put(row, col++, cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                grid.put(row, col, cell.toString().strip());
                cell.setLength(0);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row++;
                col = 0;
            } else {
                cell.append(c);
            }
            if (cell.length() > budget.limits().maxCellChars() * 2L) {
                throw FormProblem.tooLarge("a cell of the text is longer than " + budget.limits().maxCellChars() + " characters");
            }
        }
        grid.put(row, col, cell.toString().strip());
        return grid.build();
    }

    static String decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    /** Tab for tab-separated text, and for a .csv whose first line has tabs and no commas (a paste saved as .csv). */
    private static char separator(String text, Format declared) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (declared == Format.TSV) {
            return first.indexOf('\t') < 0 && first.indexOf(',') >= 0 ? ',' : '\t';
        }
        return first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? '\t' : ',';
    }

    /** Whether bytes look like text: no NUL and no other C0 control but tab and line ends in the first 8 KB. */
    static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
                return false;
            }
        }
        return true;
    }
}
