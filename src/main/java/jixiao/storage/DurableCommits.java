package jixiao.storage;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 201 promises that the write survives a crash of the process, so on H2 every commit must reach the
 * database file before the commit returns. H2 delays that by default (WRITE_DELAY 500 ms: MVStore keeps
 * committed changes in memory and a background thread writes them); with WRITE_DELAY 0 the committing
 * thread writes them itself (MVStore.commit() under the store lock, a write to the file, no fsync).
 *
 * <p>H2 applies the settings of a URL with SET at every new connection and keeps the last one set, so
 * the datasource URL an operator gives is rewritten before the pool exists: any WRITE_DELAY in it is
 * replaced by {@code WRITE_DELAY=0}. Every connection of the pool then sets 0 as it opens, and no
 * connection can bring a delay back (a WRITE_DELAY among the datasource's driver properties is dropped for
 * the same reason). PostgreSQL URLs are left as they are (its commits wait for the WAL).
 */
@Singleton
class DurableCommits implements BeanCreatedEventListener<DatasourceConfiguration> {
    private static final Logger LOG = LoggerFactory.getLogger(DurableCommits.class);
    private static final Pattern WRITE_DELAY = Pattern.compile("(?i);\\s*WRITE_DELAY\\s*=[^;]*");
    private static final Pattern CLOSE_ON_EXIT = Pattern.compile("(?i);\\s*DB_CLOSE_ON_EXIT\\s*=[^;]*");

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = config.getUrl();
        if (isH2(url)) {
            String durable = closedByTheService(durable(url));
            LOG.info("datasource {} (H2): WRITE_DELAY=0{}, every commit is written to the file before it returns",
                    config.getName(), WRITE_DELAY.matcher(url).find() ? " in place of the URL's WRITE_DELAY" : "");
            config.setUrl(durable);
            config.setJdbcUrl(durable);
            // a WRITE_DELAY among the driver's properties would contradict the URL's
            config.getDataSourceProperties().keySet().removeIf(k -> "WRITE_DELAY".equalsIgnoreCase(k.toString().strip()));
        }
        return config;
    }

    static boolean isH2(String url) {
        return url != null && url.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length());
    }

    /** Whether the URL names a database an H2 server opened (tcp: or ssl:), not one this process embeds. */
    static boolean isH2Server(String url) {
        return url.matches("(?i)jdbc:h2:(tcp|ssl):.*");
    }

    /**
     * An embedded H2 URL with DB_CLOSE_ON_EXIT=FALSE in place of any it had: H2's own shutdown hook would close
     * the database at SIGTERM under the items a graceful shutdown lets land (they failed, "Database is already
     * closed"); the database closes when the service closes its pool, after them. A server's URL is left alone.
     */
    static String closedByTheService(String url) {
        if (isH2Server(url)) {
            return url;
        }
        return CLOSE_ON_EXIT.matcher(url).replaceAll("") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The H2 URL with WRITE_DELAY=0 in place of any WRITE_DELAY it had. */
    static String durable(String url) {
        return WRITE_DELAY.matcher(url).replaceAll("") + ";WRITE_DELAY=0";
    }
}
