package jixiao.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the rules and tables are read from (a directory that does not exist falls back to the copies
 * packaged in the jar, so the jar runs from anywhere); the size limit of one item of a batch (the batch
 * itself streams; a body bound whole is limited by {@code micronaut.server.max-request-buffer-size}); and
 * how many items of batches are scored at once (0: one per processor).
 */
@ConfigurationProperties("jixiao")
public record JixiaoConfig(@Bindable(defaultValue = "rules") String rulesDir,
                           @Bindable(defaultValue = "scoring-tables") String tablesDir,
                           @Bindable(defaultValue = "5242880") long batchItemMaxBytes,
                           @Bindable(defaultValue = "0") int batchWorkers) {
}
