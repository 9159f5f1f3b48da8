package jixiao.forms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the form fixtures of {@code examples/forms/}: for every spec in {@code examples/forms/specs/} an
 * .xlsx, an .xls and a .docx, and for the self-assessments also the text pasted from them (.tsv) and a
 * GB18030 .csv. The .doc files are LibreOffice's conversions of the .docx (POI cannot write .doc tables):
 * {@code examples/forms/generate.sh} runs this, then the conversion.
 */
public final class FixtureGenerator {
    static final Path DIR = Path.of("examples", "forms");
    private static final Set<String> TEXT_TOO = Set.of("property-management-self-assessment", "split-columns-self-assessment");

    private FixtureGenerator() {
    }

    public static void main(String[] args) throws Exception {
        for (Path spec : specs()) {
            FormSpec form = FormSpec.load(spec);
            Files.write(DIR.resolve(form.name() + ".xlsx"), SpecWorkbook.xlsx(form));
            Files.write(DIR.resolve(form.name() + ".xls"), SpecWorkbook.xls(form));
            Files.write(DIR.resolve(form.name() + ".docx"), SpecDocument.docx(form));
            if (TEXT_TOO.contains(form.name())) {
                Files.write(DIR.resolve(form.name() + ".tsv"), SpecText.tsv(form));
                Files.write(DIR.resolve(form.name() + ".csv"), SpecText.csvGb18030(form));
            }
            System.out.println("wrote " + form.name());
        }
    }

    static List<Path> specs() throws java.io.IOException {
        try (Stream<Path> s = Files.list(DIR.resolve("specs"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
