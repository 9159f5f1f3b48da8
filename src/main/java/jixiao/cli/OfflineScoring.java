package jixiao.cli;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jixiao.forms.FormImporter;
import jixiao.forms.FormLimits;
import jixiao.forms.FormWords;
import jixiao.forms.SelfAssessmentExport;
import jixiao.imports.FormScoring;
import jixiao.scoring.Evaluators;
import jixiao.web.Json;
import jixiao.web.RulesetFactory;

/**
 * What scoring files offline needs, and nothing more: the forms' words, the importer with the import's
 * limits and the export at once; the rules and every fiscal year's tables (the executable model compiled into the jar when the
 * rules folder is the packaged one, as the service does) built on a thread of their own meanwhile, since
 * they take the longest. No application context, server or database.
 */
final class OfflineScoring {
    private final FormWords words;
    private final FormImporter importer;
    private final SelfAssessmentExport export;
    private final CompletableFuture<FormScoring> scoring = new CompletableFuture<>();

    /**
     * @param rulesDir  the rules folder ({@code JIXIAO_RULES_DIR}, else {@code rules}); absent: the jar's copy
     * @param tablesDir the tables folder ({@code JIXIAO_TABLES_DIR}, else {@code scoring-tables}); absent: the jar's copy
     */
    OfflineScoring(String rulesDir, String tablesDir) {
        Path tables = RulesetFactory.resolve(tablesDir, "scoring-tables");
        Thread loader = new Thread(() -> {
            try {
                Evaluators evaluators = Evaluators.load(RulesetFactory.resolve(rulesDir, "rules"), tables);
                scoring.complete(new FormScoring(evaluators, new Json().requests()));
            } catch (Throwable e) {
                scoring.completeExceptionally(e);
            }
        }, "ruleset-loader");
        loader.setDaemon(true);
        loader.start();
        words = FormWords.load(tables);
        importer = new FormImporter(words, FormLimits.DEFAULT);
        export = new SelfAssessmentExport(words);
    }

    FormWords words() {
        return words;
    }

    FormImporter importer() {
        return importer;
    }

    SelfAssessmentExport export() {
        return export;
    }

    /** Waits for the rules and tables; rethrows what kept them from loading (a table's error names its file and line). */
    FormScoring scoring() {
        try {
            return scoring.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
