package jixiao.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Scoring tables with a later fiscal year published, for the tests of yearly tables: a copy of the repository's
 * {@code scoring-tables/} plus {@code 2026/templates/mof-project.yml}, the Ministry of Finance project table
 * with 产出 60 and 效益 20 (instead of 50 and 30) from 2026 on.
 */
public final class YearFolders {
    /** The 2026 weights of mof-project. */
    public static final int OUTPUT_2026 = 60;
    public static final int EFFECT_2026 = 20;

    private YearFolders() {
    }

    /** A copy of the repository's tables in {@code dir/scoring-tables}. */
    public static Path copyOfTables(Path dir) {
        Path tables = dir.resolve("scoring-tables");
        Path from = Path.of("scoring-tables");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = tables.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    /** A copy of the repository's tables with the 2026 mof-project folder published in it. */
    public static Path with2026(Path dir) {
        return publish2026(copyOfTables(dir));
    }

    /** Adds {@code 2026/templates/mof-project.yml} (产出 60, 效益 20) to a tables folder. */
    public static Path publish2026(Path tables) {
        try {
            String base = Files.readString(tables.resolve("templates/mof-project.yml"));
            String changed = base.replace("{name: 产出, weight: 50", "{name: 产出, weight: " + OUTPUT_2026)
                    .replace("{name: 效益, weight: 30", "{name: 效益, weight: " + EFFECT_2026);
            if (changed.equals(base)) {
                throw new IllegalStateException("templates/mof-project.yml no longer has the weights 50 and 30");
            }
            write(tables, "2026/templates/mof-project.yml", changed);
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a file of a tables folder to another path of it (e.g. into a year folder). */
    public static Path copy(Path tables, String from, String to) {
        try {
            return write(tables, to, Files.readString(tables.resolve(from)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of a tables folder. */
    public static String read(Path tables, String name) {
        try {
            return Files.readString(tables.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file of a tables folder, creating its folders. */
    public static Path write(Path tables, String name, String content) {
        try {
            Path file = tables.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
