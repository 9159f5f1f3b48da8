package jixiao.forms;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A {@link FormSpec} as text copied from a spreadsheet: one line per row, a merged cell's text in its first
 * cell only and the cells it covers empty, cells with line breaks, quotes or the separator quoted; tab-separated
 * in UTF-8 (as pasted), or comma-separated in GB18030 (as Excel saves CSV on Chinese Windows).
 */
final class SpecText {
    private SpecText() {
    }

    static byte[] tsv(FormSpec spec) {
        return text(spec, '\t').getBytes(StandardCharsets.UTF_8);
    }

    static byte[] csvGb18030(FormSpec spec) {
        return text(spec, ',').getBytes(Charset.forName("GB18030"));
    }

    private static String text(FormSpec spec, char separator) {
        StringBuilder out = new StringBuilder();
        for (FormSpec.Sheet s : spec.sheets()) {
            boolean afterTable = false;
            for (FormSpec.Block b : s.blocks()) {
                if (b instanceof FormSpec.Table t) {
                    if (afterTable) {
                        out.append('\n');
                    }
                    for (int r = 0; r < t.rows().size(); r++) {
                        for (int c = 0; c < t.width(); c++) {
                            if (c > 0) {
                                out.append(separator);
                            }
                            out.append(t.covered(r, c) ? "" : quoted(FormSpec.shown(t.token(r, c)), separator));
                        }
                        out.append('\n');
                    }
                    afterTable = true;
                } else {
                    String line = b instanceof FormSpec.Title ti ? ti.text() : ((FormSpec.Para) b).text();
                    out.append(quoted(line, separator)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String quoted(String text, char separator) {
        if (text.indexOf('\n') < 0 && text.indexOf('"') < 0 && text.indexOf(separator) < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
