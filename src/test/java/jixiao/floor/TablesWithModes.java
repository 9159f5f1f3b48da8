package jixiao.floor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A copy of {@code scoring-tables/} in a temporary folder with one more table, {@value #ID}, that switches
 * both configurable modes of §1.5/§2 ({@code equalsMode: strict}, {@code reverseMode: linear}), so that
 * generated inputs reach the strict {@code =} and the linear reverse formula too. The shipped tables are
 * unchanged in the copy; the folder is removed when the JVM exits.
 */
public final class TablesWithModes {
    public static final String ID = "floor-strict-linear";

    private TablesWithModes() {
    }

    public static Path create() {
        try {
            Path source = Path.of("scoring-tables");
            Path copy = Files.createTempDirectory("floor-tables");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path p : files.toList()) {
                    Path target = copy.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            Files.writeString(copy.resolve("templates/" + ID + ".yml"), """
                    id: %s
                    title: 严格等于与线性扣分（floor 对照用）
                    reverseMode: linear
                    equalsMode: strict
                    groups:
                      - {name: 产出, weight: 50, aliases: [产出, 成本]}
                      - {name: 效益, weight: 30}
                      - {name: 满意度, weight: 10, aliases: [满意度, 服务对象满意度]}
                      - {name: 预算执行率, weight: 10, budget: true}
                    """.formatted(ID));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(copy)));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
