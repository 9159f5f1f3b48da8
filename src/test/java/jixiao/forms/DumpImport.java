package jixiao.forms;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what the import makes of files, as JSON ({@code mvn exec:java … -Dexec.args=FILE…}); for looking, not a test. */
public final class DumpImport {
    private DumpImport() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        FormImporter importer = new FormImporter(FormWords.load(Path.of("scoring-tables")), FormLimits.DEFAULT);
        for (String a : args) {
            Path p = Path.of(a);
            try {
                System.out.println(json.writeValueAsString(importer.read(Files.readAllBytes(p), p.getFileName().toString(), null)));
            } catch (FormProblem e) {
                System.out.println(a + ": " + e.code() + " " + e.getMessage());
            }
        }
    }
}
