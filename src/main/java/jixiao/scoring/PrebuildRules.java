package jixiao.scoring;

import java.nio.file.Path;
import jixiao.engine.ModelGenerator;

/**
 * Build step (see pom.xml, phase process-classes): compiles the packaged rules folder into Drools'
 * executable model inside the class output, tagged with the folder's version, so the service
 * starts without compiling DRL unless a bureau has changed the rules.
 * Arguments: the rules folder, the class output folder.
 */
public final class PrebuildRules {
    private PrebuildRules() {
    }

    public static void main(String[] args) {
        Path rulesDir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Ruleset.RulesFolder rules = Ruleset.readRules(rulesDir);
        if (ModelGenerator.upToDate(rules.version(), out)) {
            return;
        }
        ModelGenerator.deletePrevious(out);
        ModelGenerator.write(rules.files(), rules.version(), out);
    }
}
