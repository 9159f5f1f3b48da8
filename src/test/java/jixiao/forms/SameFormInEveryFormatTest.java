package jixiao.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture of examples/forms/ read from each of its formats gives the same declarations and assessments
 * as its .xlsx (ids included): Excel's merged regions, Word's gridSpan and vMerge, LibreOffice's .doc cell
 * edges and a paste that lost its merged cells all come to the same table.
 */
class SameFormInEveryFormatTest {
    static List<String> fixtures() throws Exception {
        return FixtureGenerator.specs().stream().map(p -> p.getFileName().toString().replace(".txt", "")).toList();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void eachFormatGivesTheSameInputs(String name) {
        ImportResult xlsx = Forms.read(name + ".xlsx");
        List<String> formats = new ArrayList<>(List.of("xls", "docx", "doc"));
        if (Files.exists(Forms.DIR.resolve(name + ".tsv"))) {
            formats.addAll(List.of("tsv", "csv"));
        }
        for (String format : formats) {
            ImportResult other = Forms.read(name + "." + format);
            assertEquals(format, other.format());
            assertEquals(xlsx.forms().size(), other.forms().size(), format);
            for (int i = 0; i < xlsx.forms().size(); i++) {
                ImportedForm a = xlsx.forms().get(i);
                ImportedForm b = other.forms().get(i);
                assertEquals(a.kind(), b.kind(), format);
                assertEquals(a.declaration(), b.declaration(), name + "." + format + " form " + (i + 1));
                assertEquals(a.assessment(), b.assessment(), name + "." + format + " form " + (i + 1));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void idsFollowTheRowOrderOfEachForm(String name) {
        for (ImportedForm form : Forms.read(name + ".xlsx").forms()) {
            List<String> ids = form.declaration().indicators().stream().map(i -> i.id()).toList();
            assertEquals(IntStream.rangeClosed(1, ids.size()).mapToObj(i -> "r" + i).toList(), ids);
            assertFalse(ids.isEmpty());
        }
    }

    /** The committed binaries are what their specs make now (the .doc is LibreOffice's, checked above). */
    @ParameterizedTest
    @MethodSource("fixtures")
    void committedFixturesAreWhatTheirSpecsMake(String name) throws Exception {
        FormSpec spec = FormSpec.load(Forms.DIR.resolve("specs").resolve(name + ".txt"));
        ImportResult committed = Forms.read(name + ".xlsx");
        ImportResult fresh = Forms.IMPORTER.read(SpecWorkbook.xlsx(spec), name + ".xlsx", null);
        assertEquals(committed, fresh);
        ImportResult freshDocx = Forms.IMPORTER.read(SpecDocument.docx(spec), name + ".docx", null);
        ImportResult committedDocx = Forms.read(name + ".docx");
        assertEquals(committedDocx, freshDocx);
    }
}
