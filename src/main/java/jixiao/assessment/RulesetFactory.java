package jixiao.assessment;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
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
import jixiao.scoring.Evaluator;
import jixiao.scoring.Ruleset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the rules and tables once, at start-up, so a bad DRL or table row stops the service at once. */
@Factory
public class RulesetFactory {
    private static final Logger LOG = LoggerFactory.getLogger(RulesetFactory.class);

    @Context
    Evaluator evaluator(JixiaoConfig config) {
        long start = System.nanoTime();
        Path rules = resolve(config.rulesDir(), "rules");
        Path tables = resolve(config.tablesDir(), "scoring-tables");
        Ruleset ruleset = Ruleset.load(rules, tables);
        LOG.info("ruleset {} loaded from {} and {} in {} ms", ruleset.version(), rules.toUri(), tables.toUri(),
                (System.nanoTime() - start) / 1_000_000);
        return new Evaluator(ruleset);
    }

    /** The configured directory, else the copy packaged under {@code packaged/NAME} on the class path. */
    static Path resolve(String configured, String name) {
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
