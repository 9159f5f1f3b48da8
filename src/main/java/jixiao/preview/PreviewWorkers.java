package jixiao.preview;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.executor.ExecutorConfiguration;
import io.micronaut.scheduling.executor.ExecutorType;
import io.micronaut.scheduling.executor.UserExecutorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The pool previews are scored on: one of Micronaut's managed executors (named {@value #NAME}), of
 * {@code jixiao.preview-workers} threads (0: one per processor). Scoring is CPU work and holds no
 * connection or lock, so more threads than cores only take turns on them: with the framework's blocking
 * pool (a thread per request under way) sixteen clients on two cores had sixteen scorings sharing two
 * cores, each finishing late; here the requests queue and each is scored at the pace of one core, which
 * keeps the slowest answers close to the typical one. The event loop stays free to read and write.
 */
@Factory
final class PreviewWorkers {
    static final String NAME = "preview";

    @Singleton
    @Named(NAME)
    ExecutorConfiguration previewWorkers(@Value("${jixiao.preview-workers:0}") int configured) {
        int workers = configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
        UserExecutorConfiguration pool = UserExecutorConfiguration.of(NAME, ExecutorType.FIXED);
        pool.setNumberOfThreads(workers);
        return pool;
    }
}
