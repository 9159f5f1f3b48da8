package jixiao.hardening;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jixiao.accounts.TestLogins;

/**
 * The service as a separate JVM (jixiao.Application on this JVM's classpath), so that a test can kill it
 * with SIGKILL as an operator's crash would, and start it again on the same database.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    public final URI base;

    private ServerProcess(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /**
     * Starts the service on a free port over {@code jdbcUrl}, its output in {@code log}; returns once /health is
     * 200. Its data folder (the token signing secret) is the log's folder, so tokens outlive a restart; the
     * first start creates the account admin with {@link TestLogins#ADMIN_PASSWORD}.
     */
    public static ServerProcess start(String jdbcUrl, Path log) throws IOException, InterruptedException {
        return start(jdbcUrl, log, java.util.Map.of());
    }

    /** As {@link #start(String, Path)}, with more environment variables. */
    public static ServerProcess start(String jdbcUrl, Path log, java.util.Map<String, String> env)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "jixiao.Application"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        builder.environment().put("JIXIAO_MANAGEMENT_PORT", Integer.toString(freePort()));
        builder.environment().put("JIXIAO_DB_URL", jdbcUrl);
        builder.environment().put("JIXIAO_DATA_DIR", log.toAbsolutePath().getParent().toString());
        builder.environment().put("JIXIAO_ADMIN_PASSWORD", TestLogins.ADMIN_PASSWORD);
        builder.environment().putAll(env);
        ServerProcess server = new ServerProcess(builder.start(), log, URI.create("http://127.0.0.1:" + port));
        server.awaitHealthy();
        return server;
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> r = CLIENT.send(HttpRequest.newBuilder(base.resolve("/health"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("the service did not answer /health within " + START_TIMEOUT + ":\n" + logTail());
    }

    /** SIGKILL (on Linux): no shutdown hook, no clean close of the database. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM (on Linux), without waiting: the service shuts down gracefully. */
    public void terminate() {
        process.destroy();
    }

    /** Waits up to {@code timeout} for the process to end; its exit status, or null if it still runs. */
    public Integer awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    public long pid() {
        return process.pid();
    }

    /** The last lines of the service's output, for a failure message. */
    public String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** A clean stop (SIGTERM), waiting for the JVM to end. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
