package jixiao.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * CPU to import a .docx by the number of its table cells (not a test; it prints figures for choosing a Word
 * cell cap): {@code java -XX:+UseParallelGC -Xmn128m -cp … jixiao.forms.WordCellsBenchmark [runs [only]]},
 * {@code only} a part of the cases' names. The limits on tables and cells are lifted so that the whole read
 * is measured, not its refusal; the 8 MiB limit of a Word part stays, so a form's table as POI writes it
 * stops near 75 000 cells. The cells: copies of a real form's table (one form each, ~110 bytes and ~6 start
 * tags a cell), one-character cells, empty cells; then, for comparison, paragraphs without a table, empty
 * paragraphs, and cells in a header (a part POI parses too, which the prescan does not count), the last
 * under the default limits. Every case is read twice first (the JIT's work done, as in a server that has
 * read files), then the median over {@code runs} reads is printed (XML: the main part's bytes): the reading
 * thread's CPU, the process's CPU (the collector's threads too) and wall time.
 */
public final class WordCellsBenchmark {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final FormLimits UNCAPPED = new FormLimits(20L << 20, 50, 100_000, 5_000, 200, 100_000_000,
            20_000, 40_000_000, 32L << 20, 16L << 20, 0.01);

    private WordCellsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        FormImporter uncapped = new FormImporter(Forms.WORDS, UNCAPPED);
        String form = table(Forms.bytes("ezhou-government-services-targets.docx"));
        int formCells = count(form, "<w:tc>");
        System.out.printf("%-34s %9s %9s %8s %9s %9s %9s  %s%n", "document", "cells", "XML", "docx", "thread", "process",
                "wall", "outcome");
        List<Case> cases = new ArrayList<>();
        for (int copies : new int[] {1, 10, 25, 50, 70}) {
            cases.add(new Case("form table x" + copies, copies * formCells, document(form.repeat(copies)), uncapped));
        }
        for (int cells : new int[] {10_000, 25_000, 50_000, 100_000, 170_000}) {
            cases.add(new Case("1-char cells, 10 columns", cells, document(grid(cells, 10, true)), uncapped));
        }
        for (int cells : new int[] {10_000, 50_000, 100_000, 170_000, 350_000}) {
            cases.add(new Case("empty cells, 8 columns", cells, document(grid(cells, 8, false)), uncapped));
        }
        for (int mb : new int[] {1, 2, 4, 8}) {
            cases.add(new Case("paragraphs only, no table", 0, document(paragraphs(mb * 1_000_000)), uncapped));
        }
        for (int count : new int[] {100_000, 400_000, 1_200_000}) {
            cases.add(new Case("empty paragraphs, no table", count, document(emptyParagraphs(count)), uncapped));
        }
        for (int cells : new int[] {50_000, 100_000, 170_000}) {
            cases.add(new Case("1-char cells in a header", cells, inHeader(grid(cells, 10, true)), Forms.IMPORTER));
        }
        String only = args.length > 1 ? args[1] : "";
        cases.removeIf(c -> !c.what.contains(only));
        for (int i = 0; i < 2; i++) {  // the JIT's work done, as in a server that has read files before
            for (Case c : cases) {
                measure(c.what, c.cells, c.docx, c.importer, runs, false);
            }
        }
        for (Case c : cases) {
            measure(c.what, c.cells, c.docx, c.importer, runs, true);
        }
        measure("300 tables, default limits", 300, HostileFiles.tables(300), Forms.IMPORTER, runs, true);
        measure("205 000 empty cells, default limits", 205_000, document(grid(205_000, 8, false)), Forms.IMPORTER, runs, true);
        System.out.printf("max heap %d MB, %d processors%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
    }

    private record Case(String what, int cells, byte[] docx, FormImporter importer) {
    }

    /** Paragraphs of 64 random a and b, {@code bytes} of them. */
    private static String paragraphs(int bytes) {
        Random random = new Random(bytes);
        StringBuilder xml = new StringBuilder();
        while (xml.length() < bytes) {
            xml.append("<w:p><w:r><w:t>");
            for (int k = 0; k < 64; k++) {
                xml.append(random.nextBoolean() ? 'a' : 'b');
            }
            xml.append("</w:t></w:r></w:p>");
        }
        return xml.toString();
    }

    /** {@code count} empty paragraphs, each written {@code <w:p/>} or {@code <w:p />} at random (or it is a zip bomb). */
    private static String emptyParagraphs(int count) {
        Random random = new Random(count);
        StringBuilder xml = new StringBuilder();
        for (int i = 0; i < count; i++) {
            xml.append(random.nextBoolean() ? "<w:p/>" : "<w:p />");
        }
        return xml.toString();
    }

    /** A document of one paragraph whose header is {@code body}. */
    private static byte[] inHeader(String body) {
        String ns = "xmlns:w=\"" + WordPackages.MAIN_NS + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
        return WordPackages.docx("word/document.xml", WordPackages.HEAD + "<w:document " + ns + "><w:body><w:p/><w:sectPr>"
                + "<w:headerReference w:type=\"default\" r:id=\"rId1\"/></w:sectPr></w:body></w:document>",
                WordPackages.HEAD + "<w:hdr " + ns + ">" + body + "<w:p/></w:hdr>");
    }

    /** The first table of a .docx's main part, as written. */
    private static String table(byte[] docx) throws IOException {
        Matcher m = Pattern.compile("<w:tbl>.*?</w:tbl>", Pattern.DOTALL).matcher(part(docx));
        if (!m.find()) {
            throw new IllegalStateException("no table");
        }
        return m.group() + "<w:p/>";
    }

    private static String part(byte[] docx) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException("no word/document.xml");
    }

    /**
     * Tables of {@code columns} columns and at most 4 000 rows, {@code cells} cells in all, each a random digit
     * or empty; rows of empty cells have a random revision id as Word writes them, or the part is a zip bomb.
     */
    private static String grid(int cells, int columns, boolean text) {
        Random random = new Random(cells);
        StringBuilder xml = new StringBuilder();
        int left = cells;
        while (left > 0) {
            xml.append("<w:tbl><w:tblPr/><w:tblGrid/>");
            for (int r = 0; r < 4_000 && left > 0; r++) {
                xml.append(text ? "<w:tr>" : "<w:tr w:rsidR=\"" + String.format("%08X", random.nextInt()) + "\">");
                for (int c = 0; c < columns && left > 0; c++, left--) {
                    xml.append(text ? "<w:tc><w:p><w:r><w:t>" + random.nextInt(10) + "</w:t></w:r></w:p></w:tc>" : "<w:tc><w:p/></w:tc>");
                }
                xml.append("</w:tr>");
            }
            xml.append("</w:tbl><w:p/>");
        }
        return xml.toString();
    }

    private static byte[] document(String body) {
        return WordPackages.docx("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"" + WordPackages.MAIN_NS + "\"><w:body>" + body + "</w:body></w:document>");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static void measure(String what, int cells, byte[] docx, FormImporter importer, int runs, boolean print)
            throws IOException {
        long[] thread = new long[runs];
        long[] process = new long[runs];
        long[] wall = new long[runs];
        String outcome = "";
        for (int i = -2; i < runs; i++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            long p0 = OS.getProcessCpuTime();
            long w0 = System.nanoTime();
            try {
                ImportResult r = importer.read(docx, "bench.docx", null);
                outcome = r.forms().size() + " forms";
            } catch (FormProblem p) {
                outcome = p.code() + ": " + p.getMessage();
            }
            if (i >= 0) {
                thread[i] = THREADS.getCurrentThreadCpuTime() - t0;
                process[i] = OS.getProcessCpuTime() - p0;
                wall[i] = System.nanoTime() - w0;
            }
        }
        if (!print) {
            return;
        }
        System.out.printf("%-34s %9d %8.1fM %7dK %8.2fs %8.2fs %8.2fs  %s%n", what, cells,
                part(docx).getBytes(StandardCharsets.UTF_8).length / 1e6,
                docx.length >> 10, median(thread), median(process), median(wall),
                outcome.length() > 60 ? outcome.substring(0, 60) : outcome);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e9;
    }
}
