package jixiao.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Sends mutated copies of the example requests ({@code examples/*.json}) to the service and counts
 * what comes back: every answer must be 2xx or 4xx, never a 5xx or a dropped connection. Mutations:
 * values replaced by huge, tiny, negative, NaN-like, very long, deeply nested, wrong-typed and
 * unicode-odd ones; keys dropped, duplicated or renamed; texts cut short. Endpoints: preview, POST
 * declarations, POST assessments, batches (JSON and NDJSON), reevaluate, the year summary. Then the 20
 * slowest requests are sent again, alone, after a warm-up, and their times printed (goal: under 100 ms).
 *
 * <p>Run long: {@code mvn -B -o test -Dtest=FuzzTest -Dfuzz.requests=100000 -Dfuzz.threads=3 -Dfuzz.seed=1},
 * or this main on the test class path: {@code java -cp … jixiao.hardening.Fuzz --requests 100000 --seed 1
 * --threads 3 [--base http://localhost:8080]} (without {@code --base} it starts the server on a fresh H2
 * file). Exit status 1 on any 5xx, dropped connection or time-out (60 s).
 */
public final class Fuzz {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SLOWEST_KEPT = 20;

    private final TestServer app;
    private final List<JsonNode> examples;
    private final Mutator mutator;
    private final List<String> declarationIds = new ArrayList<>();
    private final List<String> evaluationIds = new ArrayList<>();

    Fuzz(TestServer app) throws IOException {
        this.app = app;
        this.examples = examples();
        this.mutator = new Mutator();
    }

    /** One request as sent, to be counted and, when among the slowest, sent again. */
    record Request(String endpoint, String method, String path, String contentType, String body) {
        String shown() {
            String b = body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "… (" + body.length() + " chars)" : body;
            return method + " " + (path.length() > 200 ? path.substring(0, 200) + "…" : path) + " [" + contentType + "] " + b;
        }
    }

    record Timed(Request request, long nanos, int status) {
    }

    /** What a run saw. */
    static final class Report {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger[] byClass = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger(),
                new AtomicInteger(), new AtomicInteger()};
        final AtomicInteger dropped = new AtomicInteger();
        final AtomicInteger timedOut = new AtomicInteger();
        final AtomicLong totalNanos = new AtomicLong();
        final List<String> failures = new ArrayList<>();
        /** Print each failure as it happens (long runs). */
        boolean echo;
        private final PriorityQueue<Timed> slowest = new PriorityQueue<>(Comparator.comparingLong(Timed::nanos));

        synchronized void timed(Timed t) {
            slowest.add(t);
            if (slowest.size() > SLOWEST_KEPT) {
                slowest.poll();
            }
        }

        synchronized List<Timed> slowest() {
            List<Timed> out = new ArrayList<>(slowest);
            out.sort(Comparator.comparingLong(Timed::nanos).reversed());
            return out;
        }

        synchronized void fail(String what) {
            if (echo) {
                System.out.println("FAILURE " + what);
            }
            if (failures.size() < 50) {
                failures.add(what);
            }
        }

        boolean clean() {
            return byClass[5].get() == 0 && dropped.get() == 0 && timedOut.get() == 0;
        }

        String summary() {
            List<Timed> s = slowest();
            return "requests sent: " + sent.get() + "\n"
                    + "answers: 2xx " + byClass[2].get() + ", 3xx " + byClass[3].get() + ", 4xx " + byClass[4].get()
                    + ", 5xx " + byClass[5].get() + ", dropped connections " + dropped.get() + ", timed out (60 s) "
                    + timedOut.get() + "\n"
                    + "mean time: " + (sent.get() == 0 ? 0 : totalNanos.get() / sent.get() / 1_000) + " µs\n"
                    + (s.isEmpty() ? "" : "slowest: " + s.get(0).nanos() / 1_000_000 + " ms, " + s.get(0).status() + ", "
                    + s.get(0).request().shown() + "\n");
        }
    }

    /**
     * Stores {@code copies} declarations with an assessment per example, for assessments, reevaluations and
     * batches by id (spread over many, so that no declaration gathers thousands of evaluations).
     */
    void seed(int copies) throws Exception {
        Random r = new Random(copies);
        for (int k = 0; k < copies; k++) {
            for (JsonNode e : examples) {
                if (storable(e)) {
                    seedOne(spread(e, r));
                }
            }
        }
    }

    /** A stored declaration needs its unit, name and year; a partial published table may lack one. */
    private static boolean storable(JsonNode e) {
        JsonNode d = e.path("declaration");
        return d.path("unit").isTextual() && d.path("name").isTextual() && d.path("year").isInt();
    }

    private void seedOne(JsonNode e) throws Exception {
        TestServer.Answer d = app.send("POST", "/api/v1/declarations", "application/json", e.get("declaration").toString());
        if (d.status() != 201) {
            throw new IllegalStateException("cannot store an example declaration: " + d.status() + " " + d.body());
        }
        String id = JSON.readTree(d.body()).get("id").asText();
        declarationIds.add(id);
        TestServer.Answer a = app.send("POST", "/api/v1/declarations/" + id + "/assessments", "application/json",
                e.get("assessment").toString());
        if (a.status() != 201) {
            throw new IllegalStateException("cannot store an example assessment: " + a.status() + " " + a.body());
        }
        evaluationIds.add(JSON.readTree(a.body()).get("id").asText());
    }

    /** Request number {@code i} of a run with {@code seed}: the same for the same pair, whatever the threads. */
    Request request(long seed, int i) {
        Random r = new Random(seed * 1_000_003L + i);
        JsonNode example = examples.get(r.nextInt(examples.size()));
        int kind = r.nextInt(100);
        if (kind < 35) {
            return new Request("preview", "POST", "/api/v1/evaluations/preview", type(r), mutator.mutate(example, r));
        }
        if (kind < 50) {
            JsonNode d = r.nextInt(5) == 0 ? JSON.createObjectNode().set("declaration", spread(example, r).get("declaration"))
                    : spread(example, r).get("declaration");
            return new Request("declarations", "POST", "/api/v1/declarations", type(r), mutator.mutate(d, r));
        }
        if (kind < 65) {
            String id = r.nextInt(20) == 0 ? mutator.oddId(r) : declarationIds.get(r.nextInt(declarationIds.size()));
            return new Request("assessments", "POST", "/api/v1/declarations/" + id + "/assessments", type(r),
                    mutator.mutate(example.get("assessment"), r));
        }
        if (kind < 75) {
            return new Request("batch-json", "POST", "/api/v1/batches", type(r), "[" + String.join(",", items(r)) + "]");
        }
        if (kind < 85) {
            String type = r.nextInt(10) == 0 ? type(r) : "application/x-ndjson";
            return new Request("batch-ndjson", "POST", "/api/v1/batches", type, String.join("\n", items(r)) + "\n");
        }
        if (kind < 92) {
            String id = r.nextInt(3) == 0 ? mutator.oddId(r) : evaluationIds.get(r.nextInt(evaluationIds.size()));
            return new Request("reevaluate", "POST", "/api/v1/evaluations/" + id + "/reevaluate", null, null);
        }
        String year = r.nextInt(3) == 0 ? mutator.oddId(r) : String.valueOf(2000 + r.nextInt(101));
        String period = switch (r.nextInt(4)) {
            case 0 -> "?period=HALF_YEAR";
            case 1 -> "?period=" + mutator.oddQuery(r);
            default -> "";
        };
        return new Request("summary", "GET", "/api/v1/years/" + year + "/summary" + period, null, null);
    }

    /**
     * The example with its declaration moved to a year of 2000–2100: stored declarations spread over the
     * years, so that no year gathers tens of thousands of evaluations (the year summary is not linear in
     * them: see the report of the run).
     */
    private static JsonNode spread(JsonNode example, Random r) {
        JsonNode copy = example.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy.get("declaration")).put("year", 2000 + r.nextInt(101));
        return copy;
    }

    private List<String> items(Random r) {
        List<String> items = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            JsonNode example = examples.get(r.nextInt(examples.size()));
            if (r.nextBoolean()) {
                items.add(mutator.mutate(spread(example, r), r).replace('\n', ' '));
            } else {
                var item = JSON.createObjectNode();
                item.put("declarationId", declarationIds.get(r.nextInt(declarationIds.size())));
                item.set("assessment", example.get("assessment"));
                items.add(mutator.mutate(item, r).replace('\n', ' '));
            }
        }
        return items;
    }

    /** Mostly JSON; now and then no content type or a wrong one. */
    private static String type(Random r) {
        return switch (r.nextInt(40)) {
            case 0 -> null;
            case 1 -> "text/plain";
            case 2 -> "application/json; charset=utf-8";
            default -> "application/json";
        };
    }

    /** Sends one request and counts its answer. */
    void send(Request q, Report report) {
        report.sent.incrementAndGet();
        try {
            TestServer.Answer a = app.send(q.method(), q.path(), q.contentType(), q.body());
            report.byClass[Math.min(5, a.status() / 100)].incrementAndGet();
            report.totalNanos.addAndGet(a.nanos());
            report.timed(new Timed(q, a.nanos(), a.status()));
            if (a.status() >= 500) {
                report.fail(a.status() + " " + abbreviate(a.body()) + "\n    for " + q.shown());
            } else if (a.status() >= 400 && !shaped(a.body())) {
                report.fail("not the error shape: " + a.status() + " " + abbreviate(a.body()) + "\n    for " + q.shown());
            }
        } catch (java.net.http.HttpTimeoutException e) {
            report.timedOut.incrementAndGet();
            report.fail("timed out after 60 s\n    for " + q.shown());
        } catch (IOException e) {
            report.dropped.incrementAndGet();
            report.fail("dropped connection (" + e + (e.getCause() == null ? "" : ", " + e.getCause()) + ")\n    for " + q.shown());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean shaped(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            return n.isObject() && n.path("error").isTextual() && n.path("message").isTextual() && n.path("path").isTextual();
        } catch (IOException e) {
            return false;
        }
    }

    /** Sends {@code count} requests of {@code seed} on {@code threads} threads. */
    Report run(long seed, int count, int threads, boolean echo) throws InterruptedException {
        Report report = new Report();
        report.echo = echo;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    send(request(seed, i), report);
                    if (i > 0 && i % 10_000 == 0) {
                        System.out.println("… " + i + " sent; " + report.byClass[5].get() + " 5xx, " + report.dropped.get()
                                + " dropped");
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(7, TimeUnit.DAYS);
        return report;
    }

    /** The slowest requests again, one at a time after a warm-up of plain examples: their times in ms. */
    List<String> resend(List<Timed> slowest) throws Exception {
        for (int i = 0; i < 50; i++) {
            app.send("POST", "/api/v1/evaluations/preview", "application/json", examples.get(i % examples.size()).toString());
        }
        List<String> lines = new ArrayList<>();
        for (Timed t : slowest) {
            Report alone = new Report();
            send(t.request(), alone);
            long ms = alone.slowest().isEmpty() ? -1 : alone.slowest().get(0).nanos() / 1_000_000;
            lines.add(String.format("%6d ms in the run, %5d ms alone, %d, %s: %s", t.nanos() / 1_000_000, ms, t.status(),
                    t.request().endpoint(), t.request().shown()));
        }
        return lines;
    }

    private static List<JsonNode> examples() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        // the seed examples and the published tables: the forms as printed are the richest seeds
        try (Stream<Path> files = Files.walk(Path.of("examples"), 2)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".expected.json"))
                    .sorted().toList()) {
                JsonNode example = JSON.readTree(Files.readString(p));
                if (example.has("declaration")) {  // a scoring request (examples/reviews/ holds review bodies)
                    out.add(example);
                }
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s == null || s.length() < 400 ? s : s.substring(0, 400) + "…";
    }

    public static void main(String[] args) throws Exception {
        int requests = 100_000;
        long seed = 1;
        int threads = 2;
        String base = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--requests" -> requests = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--base" -> base = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        boolean clean;
        try (TestServer app = base == null ? TestServer.start() : TestServer.at(base)) {
            Fuzz fuzz = new Fuzz(app);
            fuzz.seed(50);
            long start = System.nanoTime();
            Report report = fuzz.run(seed, requests, threads, true);
            System.out.println("=== fuzz: seed " + seed + ", " + threads + " threads, "
                    + (System.nanoTime() - start) / 1_000_000_000 + " s");
            System.out.print(report.summary());
            report.failures.forEach(f -> System.out.println("FAILURE " + f));
            System.out.println("=== the " + SLOWEST_KEPT + " slowest, sent again alone after a warm-up:");
            fuzz.resend(report.slowest()).forEach(System.out::println);
            clean = report.clean();
        }
        System.exit(clean ? 0 : 1);
    }
}
