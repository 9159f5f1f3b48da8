package jixiao.storage;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * The embedded database lives in the data folder ({@code JIXIAO_DATA_DIR}, default {@code ./data}), beside the
 * token signing secret: the packaged default URL names {@code ./data}, and is pointed at the configured
 * folder (as an absolute path, which H2 requires) before the pool opens. A URL of the operator's own
 * ({@code JIXIAO_DB_URL}) is left as it is. (Configuration placeholders do not nest, so this is done here.)
 */
@Singleton
final class DataDirectory implements BeanCreatedEventListener<DatasourceConfiguration> {
    static final String PACKAGED = "jdbc:h2:file:./data/jixiao;";
    private final String dataDir;

    DataDirectory(@Value("${jixiao.data-dir:./data}") String dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = config.getUrl();
        if (url != null && url.startsWith(PACKAGED)) {
            String inFolder = in(url, dataDir);
            config.setUrl(inFolder);
            config.setJdbcUrl(inFolder);
        }
        return config;
    }

    /** The packaged URL {@code url} with its database in {@code dir}. */
    static String in(String url, String dir) {
        return "jdbc:h2:file:" + Path.of(dir).toAbsolutePath().normalize().resolve("jixiao")
                + url.substring(PACKAGED.length() - 1);
    }
}
