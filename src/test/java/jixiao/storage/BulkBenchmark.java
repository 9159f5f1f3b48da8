package jixiao.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bulk scoring through the batch endpoint into the database: N generated 40-indicator assessments sent
 * as one streamed NDJSON upload, on H2 (file) and, when JIXIAO_TEST_PG_URL is set, PostgreSQL. Prints
 * assessments/s and the peak heap in use (sampled; server and client share this JVM, the client streams).
 * Run: see README "Benchmark". Not a test: it prints figures.
 */
public final class BulkBenchmark {
    private static final String[] GROUPS = {"产出指标", "效益指标", "满意度指标", "成本指标"};
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Items stored before the timed upload, unless the second argument says otherwise. The JIT goes on compiling
     * the rule network, H2, Jackson and the JDBC driver for 50 to 60 s of bulk load (C2 compiled 400 to 600
     * methods per 5 s until then, under 40 after; after 200 items its threads still took a third of the CPU
     * time, perf on both cores), so a short warm-up timed a service half compiled: after 12 000 items H2 still
     * stored about a fifth fewer per second than after 30 000. The warm-up is timed too: on H2, which runs first
     * in a fresh JVM, it is the figure of a service's first upload after a start (PostgreSQL's runs in the same
     * JVM after H2's, compiled already).
     */
    private static final int WARM_UP = 30_000;

    private BulkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : WARM_UP;
        Path h2 = Files.createTempDirectory("jixiao-bench");
        try {
            run("H2 (file)", StorageHarness.h2File(h2), warmUp, n, h2);
            System.out.printf("H2 (file): database file %d MB after a clean close%n", size(h2) >> 20);
        } finally {
            delete(h2);  // gigabytes: a few runs would fill the disk
        }
        String pg = System.getenv(StorageHarness.PG_URL_VARIABLE);
        if (pg != null && !pg.isBlank()) {
            String url = StorageHarness.freshPostgresSchema(pg);
            try {
                run("PostgreSQL", url, warmUp, n, null);
            } finally {
                StorageHarness.dropPostgresSchema(url);
            }
        } else {
            System.out.println("PostgreSQL: skipped (set " + StorageHarness.PG_URL_VARIABLE + ")");
        }
        System.exit(0);  // the HTTP client's idle threads would otherwise keep the JVM up for a minute
    }

    /**
     * Stores {@code warmUp} items, then n more timed, through the batch endpoint over {@code url};
     * {@code files}, when not null, holds the database.
     */
    private static void run(String label, String url, int warmUp, int n, Path files) throws Exception {
        try (StorageHarness app = new StorageHarness(url)) {
            long warmStart = System.nanoTime();
            post(app, warmUp);  // see WARM_UP
            double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
            System.out.printf("%s: warm-up of %d items: %,.0f assessments/s%n", label, warmUp,
                    warmUp / warmSeconds);
            System.gc();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(baseline);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            JsonNode report = post(app, n);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMs = (os.getProcessCpuTime() - cpuStart) / 1e6;
            sampler.interrupt();
            System.out.printf("%s: after the warm-up, %d assessments of 40 indicators stored in %.1f s: %,.0f assessments/s, "
                            + "%,.0f indicators/s; stored %d, failed %d; peak heap %d MB (%d MB before the upload)%n",
                    label, n, seconds, n / seconds, 40 * n / seconds, report.get("stored").asInt(),
                    report.get("failed").asInt(), peak.get() >> 20, baseline >> 20);
            // CPU time is what a shared machine disturbs least: other processes slow the wall clock, not this
            System.out.printf("%s: %.2f ms of CPU per assessment in this JVM (server and client; a PostgreSQL"
                    + " server's own is not counted), %.2f of %d cores busy%n", label, cpuMs / n, cpuMs / 1e3 / seconds,
                    os.getAvailableProcessors());
            System.out.printf("%s: upload of %d MB; max heap of this JVM %d MB%n", label, bytes(n) >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            if (files != null) {
                System.out.printf("%s: database file %d MB at the end of the upload%n", label, size(files) >> 20);
            }
        }
    }

    private static void delete(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Bytes of the files under {@code dir}. */
    private static long size(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static JsonNode post(StorageHarness app, int n) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.server.getURL() + "/api/v1/batches"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + app.token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> lines(n))).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private static long bytes(int n) {
        long total = 0;
        for (int k = 0; k < n; k++) {
            total += item(k).getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return total;
    }

    /** The upload, generated line by line as the client sends it. */
    private static InputStream lines(int n) {
        return new SequenceInputStream(new Enumeration<>() {
            private int k;

            @Override
            public boolean hasMoreElements() {
                return k < n;
            }

            @Override
            public InputStream nextElement() {
                return new ByteArrayInputStream((item(k++) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private static String item(int k) {
        StringBuilder d = new StringBuilder("{\"declaration\":{\"subjectType\":\"PROJECT\",\"unit\":\"单位")
                .append(k % 500).append("\",\"name\":\"项目").append(k).append("\",\"year\":2031,")
                .append("\"budget\":100,\"budgetUnit\":\"万元\",\"indicators\":[");
        StringBuilder a = new StringBuilder("\"assessment\":{\"budgetExecuted\":").append(80 + k % 20).append(",\"actuals\":[");
        for (int i = 0; i < 40; i++) {
            String level1 = GROUPS[i % GROUPS.length];
            boolean qualitative = i % 5 == 4;
            String target = qualitative ? "合规" : level1.equals("成本指标") ? "≤" + (100 + i) + "万元" : "≥" + (90 + i % 10) + "%";
            String actual = qualitative ? ((k + i) % 3 == 0 ? "基本合规" : "合规")
                    : level1.equals("成本指标") ? (95 + (k + i) % 15) + "万元" : (80 + (k * 7 + i) % 20) + "%";
            d.append(i == 0 ? "" : ",").append("{\"id\":\"i").append(i).append("\",\"level1\":\"").append(level1)
                    .append("\",\"level2\":\"二级\",\"level3\":\"指标").append(i).append("\",\"target\":\"").append(target).append("\"}");
            a.append(i == 0 ? "" : ",").append("{\"id\":\"i").append(i).append("\",\"actual\":\"").append(actual)
                    .append("\"").append(i % 7 == 0 ? ",\"reason\":\"原因\"" : "").append("}");
        }
        return d.append("]},").append(a).append("]}}").toString();
    }
}
