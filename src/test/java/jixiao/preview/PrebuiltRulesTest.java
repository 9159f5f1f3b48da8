package jixiao.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import jixiao.engine.RuleBase;
import jixiao.engine.RuleBaseException;
import jixiao.scoring.Evaluator;
import jixiao.scoring.RuleScope;
import jixiao.scoring.Ruleset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import jixiao.web.Json;
import jixiao.web.RequestReader;

/**
 * The packaged rules start from the executable model compiled at build time (pom.xml, PrebuildRules);
 * a rules folder a bureau has changed is compiled from its DRL at start-up, and its changes take effect.
 */
class PrebuiltRulesTest {
    private static final Path TABLES = Path.of("scoring-tables");
    private static final String NO_TARGET_ROW = """
            {"declaration":{"subjectType":"PROJECT","unit":"单位","name":"项目","year":2026,"scoringTable":"mof-project",
              "indicators":[{"id":"a","level1":"产出指标","level3":"数量","target":"≥1次"},
                            {"id":"b","level1":"效益指标","level3":"经济效益"}]},
             "assessment":{"period":"FULL_YEAR","actuals":[{"id":"a","actual":"1次"},{"id":"b","actual":"5"}]}}""";

    private final Json json = new Json();
    private Path changed;

    @AfterEach
    void deleteChangedFolder() throws IOException {
        if (changed != null) {
            try (Stream<Path> s = Files.walk(changed)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void thePackagedRulesLoadTheModelCompiledAtBuildTime() {
        assertTrue(Ruleset.load(Path.of("rules"), TABLES).rules().prebuilt(),
                "the build (process-classes) compiles rules/ into the executable model");
    }

    @Test
    void theModelScoresEveryExampleAndPublishedTableAsTheDrlDoes() throws Exception {
        Ruleset prebuilt = Ruleset.load(Path.of("rules"), TABLES);
        Ruleset drl = new Ruleset(prebuilt.version(), prebuilt.rulesVersion(), prebuilt.tablesVersion(),
                RuleBase.build(Ruleset.readRules(Path.of("rules")).files(), RuleScope.all()), prebuilt.tables());
        assertFalse(drl.rules().prebuilt());
        List<Path> requests = new java.util.ArrayList<>(ExpectedResult.requestsIn(Path.of("examples")));
        requests.addAll(ExpectedResult.requestsIn(Path.of("examples", "published")));
        assertFalse(requests.size() < 14);
        for (Path request : requests) {
            assertEquals(score(drl, Files.readString(request)), score(prebuilt, Files.readString(request)),
                    request.toString());
        }
    }

    @Test
    void aChangedRuleIsCompiledFromItsDrlAndTakesEffect() throws IOException {
        Path rules = copyOfRules();
        replace(rules.resolve("10-classify.drl"), "未设定指标值，不参与评分", "本单位未设定指标值");
        Ruleset ruleset = Ruleset.load(rules, TABLES);
        assertFalse(ruleset.rules().prebuilt());
        assertTrue(score(ruleset, NO_TARGET_ROW).contains("本单位未设定指标值"));
        assertFalse(score(Ruleset.load(Path.of("rules"), TABLES), NO_TARGET_ROW).contains("本单位未设定指标值"));
    }

    @Test
    void aBadRuleInAChangedFolderNamesItsFileAndLine() throws IOException {
        Path rules = copyOfRules();
        Path file = rules.resolve("10-classify.drl");
        int line = lineOf(file, "target.kind == TargetKind.NONE)");
        replace(file, "target.kind == TargetKind.NONE)", "target.kind == TargetKind.NONE &&& )");
        RuleBaseException e = assertThrows(RuleBaseException.class, () -> Ruleset.load(rules, TABLES));
        assertTrue(e.getMessage().contains("rules/10-classify.drl:" + line + ":"), e.getMessage());
    }

    @Test
    void theVersionOfARulesFolderIsThatOfTheRulesetLoadedFromIt() {
        Ruleset ruleset = Ruleset.load(Path.of("rules"), TABLES);
        assertEquals(ruleset.rulesVersion(), Ruleset.readRules(Path.of("rules")).version());
    }

    /** The 1-based line of a file on which {@code text} first stands. */
    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    private String score(Ruleset ruleset, String request) {
        RequestReader.Preview p = new RequestReader(json.mapper()).preview(request);
        return json.write(new Evaluator(ruleset).evaluate(p.declaration(), p.assessment()));
    }

    private Path copyOfRules() throws IOException {
        changed = Files.createTempDirectory("rules");
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            for (Path p : s.toList()) {
                Files.copy(p, changed.resolve(p.getFileName()));
            }
        }
        return changed;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " no longer contains " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
