package jixiao.storage;

import io.micronaut.context.annotation.Factory;
import io.micronaut.scheduling.executor.ExecutorConfiguration;
import io.micronaut.scheduling.executor.ExecutorType;
import io.micronaut.scheduling.executor.UserExecutorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jixiao.web.JixiaoConfig;

/**
 * The pool every batch scores and stores its items on: one of Micronaut's managed executors (named
 * {@value #NAME}, made from this configuration, shut down with the context), of {@code jixiao.batch-workers}
 * threads (0: one per processor) shared by all batches at once, so that two uploads do not double the
 * threads scoring on the machine's cores.
 */
@Factory
final class BatchWorkers {
    static final String NAME = "batch";

    @Singleton
    @Named(NAME)
    ExecutorConfiguration batchWorkers(JixiaoConfig config) {
        int workers = config.batchWorkers() > 0 ? config.batchWorkers() : Runtime.getRuntime().availableProcessors();
        UserExecutorConfiguration pool = UserExecutorConfiguration.of(NAME, ExecutorType.FIXED);
        pool.setNumberOfThreads(workers);
        return pool;
    }
}
