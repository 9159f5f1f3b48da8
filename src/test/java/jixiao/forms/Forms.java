package jixiao.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jixiao.scoring.Evaluator;
import jixiao.scoring.Ruleset;

/** What the forms tests share: the real words file, an importer with the default limits, the fixtures. */
final class Forms {
    static final FormWords WORDS = FormWords.load(Path.of("scoring-tables"));
    static final FormImporter IMPORTER = new FormImporter(WORDS, FormLimits.DEFAULT);
    static final Path DIR = Path.of("examples", "forms");

    private Forms() {
    }

    static ImportResult read(String file) {
        return IMPORTER.read(bytes(file), file, null);
    }

    static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(DIR.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportedForm only(String file) {
        ImportResult r = read(file);
        if (r.forms().size() != 1) {
            throw new AssertionError(file + " has " + r.forms().size() + " forms");
        }
        return r.forms().get(0);
    }

    /** The real rules and tables, loaded on first use (the export tests score what they write). */
    static final class Scoring {
        static final Evaluator EVALUATOR = new Evaluator(Ruleset.load(Path.of("rules"), Path.of("scoring-tables")));

        private Scoring() {
        }
    }
}
