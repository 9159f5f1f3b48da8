package jixiao.forms;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice headless, where installed ({@code apt-get install -y libreoffice-calc-nogui}): converts a
 * workbook's first sheet to CSV, which it does only when it can open the file. Shared by the tests of
 * every exported workbook.
 */
public final class LibreOffice {
    private LibreOffice() {
    }

    public static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    /** The first sheet of {@code xlsx} as UTF-8 CSV, converted in {@code dir} (with a profile of its own). */
    public static String firstSheetAsCsv(byte[] xlsx, Path dir) throws IOException, InterruptedException {
        Path file = dir.resolve("export.xlsx");
        Files.write(file, xlsx);
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish in 120 s");
        }
        Path csv = dir.resolve("export.csv");
        if (!Files.exists(csv)) {
            throw new AssertionError("LibreOffice did not convert the workbook: " + Files.readString(dir.resolve("soffice.log")));
        }
        return Files.readString(csv, StandardCharsets.UTF_8);
    }
}
