package jixiao.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import jixiao.accounts.TestLogins;

/**
 * Mixed load for N minutes: previews, submissions, year summaries and CSV exports from several client
 * threads. Prints, after each minute, the requests done per kind, the errors, and (when the server runs
 * in this JVM) its heap in use after a GC and the size of its H2 file. Exits 1 on any error.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) jixiao.hardening.Soak \
 *      [--minutes 10] [--clients 4] [--url http://host:8080 [--user admin --password …] | --db jdbc:…]
 * </pre>
 * Without --url the server is started here, on a new H2 file in a temporary directory (or on --db).
 * Not a test: it runs for minutes and prints figures.
 */
public final class Soak {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String[] EXAMPLES = {"hunan-property-management", "hebei-official-car-platform",
            "jiangsu-jurong-service-centre", "hubei-ezhou-government-services", "hubei-ezhou-party-committee-office",
            "jiangsu-jurong-service-centre-half-year"};

    enum Kind { PREVIEW, SUBMIT, SUMMARY, CSV }

    /** The kinds in the proportions the clients draw them: mostly previews and submissions. */
    private static final Kind[] MIX = {Kind.PREVIEW, Kind.PREVIEW, Kind.PREVIEW, Kind.SUBMIT, Kind.SUBMIT, Kind.SUBMIT,
            Kind.SUMMARY, Kind.CSV};

    private final URI base;
    private final String token;
    private final List<JsonNode> requests = new ArrayList<>();
    private final List<String> declarationIds = new ArrayList<>();
    private final List<Integer> years = new ArrayList<>();
    private final Map<Kind, AtomicLong> done = new EnumMap<>(Kind.class);
    private final AtomicLong errors = new AtomicLong();
    private volatile boolean running = true;

    private Soak(URI base, String token) throws IOException {
        this.base = base;
        this.token = token;
        for (Kind k : Kind.values()) {
            done.put(k, new AtomicLong());
        }
        for (String name : EXAMPLES) {
            requests.add(JSON.readTree(Files.readString(Path.of("examples", name + ".json"))));
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int minutes = Integer.parseInt(options.getOrDefault("minutes", "10"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "4"));
        EmbeddedServer server = null;
        Path h2 = null;
        URI base;
        if (options.containsKey("url")) {
            base = URI.create(options.get("url"));
        } else {
            Map<String, Object> properties = new HashMap<>(TestLogins.properties(
                    Files.createTempDirectory("jixiao-soak-data").toString()));
            properties.put("micronaut.server.port", -1);
            if (options.containsKey("db")) {
                properties.put("datasources.default.url", options.get("db"));
            } else {
                h2 = Files.createTempDirectory("jixiao-soak");
                properties.put("datasources.default.url", "jdbc:h2:file:" + h2.resolve("jixiao").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            }
            server = ApplicationContext.run(EmbeddedServer.class, properties);
            base = server.getURI();
        }
        // a server of --url: logged in as --user (default admin) with --password (default JIXIAO_ADMIN_PASSWORD)
        String password = options.containsKey("url") ? options.getOrDefault("password", System.getenv("JIXIAO_ADMIN_PASSWORD"))
                : TestLogins.ADMIN_PASSWORD;
        Soak soak = new Soak(base, TestLogins.token(base.toString(), options.getOrDefault("user", TestLogins.ADMIN), password));
        soak.declare();
        int status = soak.run(minutes, clients, server != null, h2);
        if (server != null) {
            server.getApplicationContext().close();
        }
        System.exit(status);
    }

    /** Stores each example's declaration once; submissions go to these. */
    private void declare() throws Exception {
        for (JsonNode request : requests) {
            HttpResponse<String> r = send(post("/api/v1/declarations", request.get("declaration").toString()));
            if (r.statusCode() != 201) {
                throw new IllegalStateException("declaration not stored: " + r.statusCode() + " " + r.body());
            }
            declarationIds.add(JSON.readTree(r.body()).get("id").asText());
            years.add(request.get("declaration").get("year").asInt());
        }
    }

    private int run(int minutes, int clients, boolean inProcess, Path h2) throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(this::client, "soak-client-" + c);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Map<Kind, Long> before = counts();
        for (int minute = 1; minute <= minutes; minute++) {
            Thread.sleep(Duration.ofMinutes(1).toMillis());
            Map<Kind, Long> now = counts();
            StringBuilder line = new StringBuilder("minute ").append(minute).append(':');
            for (Kind k : Kind.values()) {
                long n = now.get(k) - before.get(k);
                line.append(String.format(" %s %d (%.1f/s)", k.name().toLowerCase(), n, n / 60.0));
            }
            line.append("; errors ").append(errors.get());
            if (inProcess) {
                memory.gc();
                line.append("; heap in use after GC ").append(memory.getHeapMemoryUsage().getUsed() >> 20).append(" MB");
            }
            if (h2 != null) {
                line.append("; H2 file ").append(size(h2) >> 20).append(" MB");
            }
            line.append("; submissions stored ").append(now.get(Kind.SUBMIT));
            System.out.println(line);
            before = now;
        }
        running = false;
        for (Thread t : threads) {
            t.join(Duration.ofMinutes(2).toMillis());
        }
        System.out.println(errors.get() == 0 ? "soak: no errors" : "soak: " + errors.get() + " errors");
        return errors.get() == 0 ? 0 : 1;
    }

    private Map<Kind, Long> counts() {
        Map<Kind, Long> out = new EnumMap<>(Kind.class);
        done.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private void client() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (running) {
            Kind kind = MIX[random.nextInt(MIX.length)];
            int example = random.nextInt(requests.size());
            try {
                String problem = once(kind, example);
                if (problem == null) {
                    done.get(kind).incrementAndGet();
                } else {
                    error(kind, problem);
                }
            } catch (IOException e) {
                error(kind, e.toString());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One request of the kind; null when its answer is right, else what is wrong. */
    private String once(Kind kind, int example) throws IOException, InterruptedException {
        JsonNode request = requests.get(example);
        int year = years.get(example);
        return switch (kind) {
            case PREVIEW -> expect(send(post("/api/v1/evaluations/preview", request.toString())), 200, "\"totalScore\"");
            case SUBMIT -> expect(send(post("/api/v1/declarations/" + declarationIds.get(example) + "/assessments",
                    request.get("assessment").toString())), 201, "\"totalScore\"");
            case SUMMARY -> expect(send(get("/api/v1/years/" + year + "/summary"
                    + (example % 2 == 0 ? "" : "?period=HALF_YEAR"))), 200, "{");
            case CSV -> expect(send(get("/api/v1/years/" + year + "/evaluations.csv")), 200, "\uFEFF");
        };
    }

    private static String expect(HttpResponse<String> r, int status, String start) {
        if (r.statusCode() != status) {
            return "answered " + r.statusCode() + " (expected " + status + "): " + abbreviate(r.body());
        }
        return r.body().contains(start) ? null : "unexpected body: " + abbreviate(r.body());
    }

    private void error(Kind kind, String problem) {
        if (errors.incrementAndGet() <= 20) {
            System.out.println("error in " + kind.name().toLowerCase() + ": " + problem);
        }
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("options are --name value: " + args[i]);
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }
}
