package jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao.Application score …} as its own JVM in an empty working directory, as a bureau runs the jar:
 * it scores and writes, and starts neither a server nor a database (no ./data, no Flyway, no Micronaut).
 */
class ScoreProcessTest {
    @Test
    void theCommandScoresWithoutServerOrDatabase(@TempDir Path dir) throws Exception {
        Path input = Files.copy(Path.of("examples", "forms", "property-management-self-assessment.docx"),
                dir.resolve("自评表.docx"));
        Process p = start(dir, "score", input.getFileName().toString(), "missing.doc");
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command did not finish");
        String out = Files.readString(dir.resolve("out.log"), StandardCharsets.UTF_8);
        String err = Files.readString(dir.resolve("err.log"), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), out + err);  // the missing file
        assertTrue(out.contains("== 自评表.docx") && out.contains("总分 ") && out.contains("已写出 自评表.scored.xlsx"), out);
        assertTrue(Files.size(dir.resolve("自评表.scored.xlsx")) > 0);
        assertFalse(Files.exists(dir.resolve("data")), "a database directory appeared");
        for (String server : List.of("Flyway", "flyway", "Hikari", "Micronaut", "Startup completed", "8080")) {
            assertFalse(out.contains(server) || err.contains(server), server + " in the output: " + out + err);
        }
    }

    private static Process start(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "jixiao.Application"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.log").toFile()).redirectError(dir.resolve("err.log").toFile());
        builder.environment().remove("JIXIAO_RULES_DIR");
        builder.environment().remove("JIXIAO_TABLES_DIR");
        return builder.start();
    }
}
