package jixiao.web;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jixiao.scoring.Evaluators;
import jixiao.scoring.Ruleset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the rules and the tables of every fiscal year once, at start-up (the rules compiled once), on a thread of their own while the rest of the
 * service (database, migrations, server) starts; the context does not finish starting until they
 * are built, so a bad DRL or table row still stops the service at once.
 */
@Factory
public class RulesetFactory {
    private static final Logger LOG = LoggerFactory.getLogger(RulesetFactory.class);

    /** The ruleset being built, started as soon as the context creates its eager beans. */
    public static final class Loading {
        private final CompletableFuture<Evaluators> evaluator = new CompletableFuture<>();
        private volatile long loadNanos = -1;

        Loading(JixiaoConfig config) {
            Thread t = new Thread(() -> {
                try {
                    long start = System.nanoTime();
                    Evaluators loaded = load(config);
                    loadNanos = System.nanoTime() - start;
                    evaluator.complete(loaded);
                } catch (Throwable e) {
                    evaluator.completeExceptionally(e);
                }
            }, "ruleset-loader");
            t.setDaemon(true);
            t.start();
        }

        /** The ruleset once it has loaded; empty while it loads or when it failed to. */
        public java.util.Optional<Evaluators> loaded() {
            return evaluator.isDone() && !evaluator.isCompletedExceptionally()
                    ? java.util.Optional.of(evaluator.join()) : java.util.Optional.empty();
        }

        /** How long the ruleset took to load, in nanoseconds; -1 until it has. */
        public long loadNanos() {
            return loadNanos;
        }

        /** Waits for the ruleset; rethrows what stopped it from loading. */
        Evaluators await() {
            try {
                return evaluator.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
    }

    /** First of the eager beans, so the ruleset builds while the data source and migrations start. */
    @Context
    @Order(Ordered.HIGHEST_PRECEDENCE)
    Loading loading(JixiaoConfig config) {
        return new Loading(config);
    }

    /** The evaluators of every set of tables in force, by fiscal year. */
    @Singleton
    Evaluators evaluators(Loading loading) {
        return loading.await();
    }

    /** Start-up fails if the rules or tables do not load. */
    @EventListener
    void awaitRuleset(StartupEvent event) {
        event.getSource().getBean(Loading.class).await();
    }

    private static Evaluators load(JixiaoConfig config) {
        long start = System.nanoTime();
        Path rules = resolve(config.rulesDir(), "rules");
        Path tables = resolve(config.tablesDir(), "scoring-tables");
        Evaluators evaluators = Evaluators.load(rules, tables);
        Ruleset latest = evaluators.latest().ruleset();
        LOG.info("ruleset {} loaded from {} and {} in {} ms ({})", latest.version(), rules.toUri(), tables.toUri(),
                (System.nanoTime() - start) / 1_000_000,
                latest.rules().prebuilt() ? "model compiled at build time" : "DRL compiled now");
        if (evaluators.editions().size() > 1) {
            evaluators.editions().forEach(e -> LOG.info("fiscal years {}–{}: ruleset {}", e.from() == null ? "" : e.from(),
                    e.to() == null ? "" : e.to(), e.evaluator().ruleset().version()));
        }
        return evaluators;
    }

    /** The configured directory, else the copy packaged under {@code packaged/NAME} on the class path. */
    public static Path resolve(String configured, String name) {
        Path dir = Path.of(configured);
        if (Files.isDirectory(dir)) {
            return dir.toAbsolutePath();
        }
        URL url = RulesetFactory.class.getClassLoader().getResource("packaged/" + name);
        if (url == null) {
            throw new IllegalStateException("no " + name + " directory at " + dir.toAbsolutePath()
                    + " and no packaged copy in the jar");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the packaged " + name + ": " + e.getMessage(), e);
        }
    }
}
