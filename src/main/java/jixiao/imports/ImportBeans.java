package jixiao.imports;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import jixiao.forms.FormImporter;
import jixiao.forms.FormWords;
import jixiao.forms.SelfAssessmentExport;
import jixiao.web.JixiaoConfig;
import jixiao.web.RulesetFactory;

/** The forms' words, importer and export, read from the same tables directory the ruleset is scored with. */
@Factory
class ImportBeans {
    @Singleton
    FormWords formWords(JixiaoConfig config) {
        return FormWords.load(RulesetFactory.resolve(config.tablesDir(), "scoring-tables"));
    }

    @Singleton
    FormImporter formImporter(FormWords words, ImportConfig config) {
        return new FormImporter(words, config.limits());
    }

    @Singleton
    SelfAssessmentExport selfAssessmentExport(FormWords words) {
        return new SelfAssessmentExport(words);
    }
}
