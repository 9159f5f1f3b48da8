package jixiao.storage;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * On PostgreSQL, the JDBC batches of {@link Inserts} are sent as multi-row INSERTs (the driver's
 * {@value #REWRITE}): the server then runs one statement per few hundred rows of a group instead of one per row.
 * Only a default: a {@value #REWRITE} the operator sets (URL or driver properties) is kept. H2 is left alone.
 */
@Singleton
class PostgresBatches implements BeanCreatedEventListener<DatasourceConfiguration> {
    static final String REWRITE = "reWriteBatchedInserts";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = config.getUrl();
        if (isPostgres(url) && !url.contains(REWRITE)) {
            config.getDataSourceProperties().putIfAbsent(REWRITE, "true");
        }
        return config;
    }

    static boolean isPostgres(String url) {
        return url != null && url.regionMatches(true, 0, "jdbc:postgresql:", 0, "jdbc:postgresql:".length());
    }
}
