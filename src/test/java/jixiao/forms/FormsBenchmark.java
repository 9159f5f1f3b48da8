package jixiao.forms;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * Time and memory to read forms and refuse hostile files (not a test; run with a small heap to see the bounds):
 * {@code java -Xmx128m -cp … jixiao.forms.FormsBenchmark}. Prints the median time over repeated reads and the
 * bytes allocated by one read.
 */
public final class FormsBenchmark {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private FormsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (String f : List.of("ezhou-government-services-targets.xlsx", "ezhou-government-services-targets.xls",
                "ezhou-government-services-targets.docx", "ezhou-government-services-targets.doc",
                "zhuzhou-department-and-projects.xlsx", "property-management-self-assessment.tsv")) {
            measure(f, Forms.bytes(f), f, 30);
        }
        measure("5000 rows at the row limit (.xlsx)", atTheLimit(), "limit.xlsx", 5);
        measure("zip bomb, 200 MB of spaces", HostileFiles.inflating(200L << 20, HostileFiles::spaces), "bomb.xlsx", 5);
        measure("a sheet of 20 MB over the 16 MB part limit", HostileFiles.inflating(20L << 20, HostileFiles::coinFlips), "big.xlsx", 3);
        measure("a sheet of 15 MB, one comment", HostileFiles.inflating(15L << 20, HostileFiles::coinFlips), "big.xlsx", 3);
        byte[] docx = bigDocx();
        measure("a .docx, 4 000-row table, " + (documentXml(docx) >> 20) + " MB of XML", docx, "big.docx", 3);
        measure("6000 rows", HostileFiles.rows(6000), "long.xlsx", 5);
        measure("merged A1:XFD100000 with a far cell", HostileFiles.cellAt(4_999, 199, true), "merged.xlsx", 5);
        System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long documentXml(byte[] docx) throws java.io.IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        }
        return 0;
    }

    /** A Word file with a long table of short cells. */
    private static byte[] bigDocx() throws Exception {
        StringBuilder spec = new StringBuilder("@sheet 表\n@title 2026年项目支出绩效目标表\n项目名称\t大项目\t<\n"
                + "一级指标\t三级指标\t指标值\n");
        for (int i = 0; i < 4_000; i++) {
            spec.append(i == 0 ? "产出指标" : "^").append("\t指标").append(i).append("\t≥").append(i).append("\n");
        }
        byte[] docx = SpecDocument.docx(FormSpec.parse("big", spec.toString()));
        return docx;
    }

    /** An indicator table of 4 990 rows under a short header: the largest sheet the limits let through. */
    private static byte[] atTheLimit() throws Exception {
        StringBuilder spec = new StringBuilder("@sheet 表\n@title 2026年项目支出绩效自评表\n项目名称\t大项目\t<\t<\t<\t<\n"
                + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\n");
        for (int i = 0; i < 4_990; i++) {
            spec.append(i == 0 ? "产出指标\t数量指标" : "^\t^").append("\t指标").append(i).append("\t≥").append(i)
                    .append("\t").append(i + 1).append("\t{n}1\n");
        }
        return SpecWorkbook.xlsx(FormSpec.parse("limit", spec.toString()));
    }

    private static void measure(String what, byte[] bytes, String name, int runs) {
        long[] nanos = new long[runs];
        long allocated = 0;
        String outcome = "";
        for (int i = -2; i < runs; i++) {
            long bytesBefore = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            try {
                ImportResult r = Forms.IMPORTER.read(bytes, name, null);
                outcome = r.forms().size() + " forms, " + r.forms().stream().mapToInt(f -> f.declaration().indicators().size()).sum()
                        + " indicators";
            } catch (FormProblem p) {
                outcome = p.code() + ": " + p.getMessage();
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
                allocated = THREADS.getCurrentThreadAllocatedBytes() - bytesBefore;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("%-45s %8d bytes  median %7.1f ms  allocated %6.1f MB  %s%n", what, bytes.length,
                nanos[runs / 2] / 1e6, allocated / 1e6, outcome.length() > 90 ? outcome.substring(0, 90) : outcome);
    }
}
