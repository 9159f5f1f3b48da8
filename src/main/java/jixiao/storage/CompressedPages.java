package jixiao.storage;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded H2 store compresses the pages it writes (H2's {@code COMPRESS=TRUE}, LZF): what it keeps is mostly
 * JSON text (an evaluation's result, the documents as sent), which LZF shrinks about four times. A bulk upload of
 * 40 000 40-indicator assessments left a 2.0 GB file uncompressed and 0.5 GB compressed, at the same speed (less
 * is written at each durable commit, see {@link DurableCommits}). The setting is added to the datasource URL
 * before the pool opens, unless the URL gives a COMPRESS of its own; an H2 server's URL ({@code tcp:}, {@code
 * ssl:}) is left alone, as the server opened the database. A file written uncompressed still reads: H2 marks each
 * page, so pages written before stay as they are and pages written from now on are compressed.
 */
@Singleton
class CompressedPages implements BeanCreatedEventListener<DatasourceConfiguration> {
    private static final Logger LOG = LoggerFactory.getLogger(CompressedPages.class);
    private static final Pattern COMPRESS = Pattern.compile("(?i);\\s*COMPRESS\\s*=");

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = config.getUrl();
        String compressed = compressed(url);
        if (!compressed.equals(url)) {
            LOG.info("datasource {} (embedded H2): COMPRESS=TRUE, pages are written compressed", config.getName());
            config.setUrl(compressed);
            config.setJdbcUrl(compressed);
        }
        return config;
    }

    /** An embedded H2 URL with COMPRESS=TRUE added when it gives none; any other URL as it is. */
    static String compressed(String url) {
        if (!DurableCommits.isH2(url) || DurableCommits.isH2Server(url) || COMPRESS.matcher(url).find()) {
            return url;
        }
        return url + ";COMPRESS=TRUE";
    }
}
