package jixiao.forms;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the grids a file is read as, cell by cell ({@code mvn exec:java … -Dexec.args=FILE}); for looking, not a test. */
public final class DumpDocument {
    private DumpDocument() {
    }

    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Path p = Path.of(a);
            Document d = new DocumentReader(FormLimits.DEFAULT).read(Files.readAllBytes(p), p.getFileName().toString(), null);
            System.out.println("== " + a + " as " + d.format() + " " + d.warnings());
            for (Grid g : d.grids()) {
                System.out.println("-- " + g.name() + " " + g.height() + "x" + g.width());
                g.preamble().forEach(par -> System.out.println("   " + par.address() + ": " + par.text()));
                for (int r = 0; r < g.height(); r++) {
                    StringBuilder line = new StringBuilder();
                    for (Cell c : g.row(r)) {
                        String t = c.text().replace("\n", "⏎");
                        line.append(c.merged() ? "[" + abbreviate(t) + "]" : abbreviate(t)).append(" | ");
                    }
                    System.out.println(String.format("%3d ", r + 1) + line);
                }
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 14 ? s.substring(0, 13) + "…" : s;
    }
}
