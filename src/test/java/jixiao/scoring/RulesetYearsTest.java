package jixiao.scoring;

import static jixiao.scoring.Fixtures.act;
import static jixiao.scoring.Fixtures.fullYear;
import static jixiao.scoring.Fixtures.ind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import jixiao.tables.YearFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * §6 by fiscal year: the version hashes the rules with the tables in force for the year, so publishing 2026's
 * tables leaves the earlier years' version byte for byte as it was; each year is scored with its own tables.
 */
class RulesetYearsTest {
    @TempDir
    static Path dir;
    static Evaluators years;

    @BeforeAll
    static void publish2026() {
        years = Evaluators.load(Path.of("rules"), YearFolders.with2026(dir));
    }

    /** The hash as §6 has always computed it for a folder without year folders: every file, path and content. */
    private static String hashOfEveryFile(Path... folders) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.filter(Files::isRegularFile)
                        .sorted((a, b) -> folder.relativize(a).toString().compareTo(folder.relativize(b).toString()))
                        .toList()) {
                    byte[] content = Files.readAllBytes(p);
                    digest.update((folder.getFileName() + "/" + folder.relativize(p)).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(content);
                }
            }
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static Inputs.Declaration project(Integer year) {
        return new Inputs.Declaration("PROJECT", "单位", "项目", year, "mof-project", "560", "万元", List.of(), List.of(
                ind("a", "产出指标", "公共区域清洁达标率", "≥99.5%"),
                ind("b", "效益指标", "绿化苗木存活率", "≥98%")));
    }

    private static EvaluationResult score(Evaluator evaluator, Integer year) {
        return evaluator.evaluate(project(year), fullYear("540", List.of(act("a", "99.7%"), act("b", "90%", "高温", null))));
    }

    private static BigDecimal weight(EvaluationResult r, String group) {
        return r.groups().stream().filter(g -> g.name().equals(group)).findFirst().orElseThrow().weight();
    }

    @Test
    void withoutYearFoldersTheVersionIsTheHashOfEveryFileAsBefore() throws Exception {
        Ruleset ruleset = Fixtures.RULESET;
        assertEquals(hashOfEveryFile(Path.of("rules"), Path.of("scoring-tables")), ruleset.version());
        assertEquals(hashOfEveryFile(Path.of("rules")), ruleset.rulesVersion());
        assertEquals(hashOfEveryFile(Path.of("scoring-tables")), ruleset.tablesVersion());
    }

    @Test
    void publishing2026LeavesTheEarlierYearsVersionByteIdenticalAndGives2026ItsOwn() {
        assertEquals(2, years.editions().size());
        Evaluators.Edition before = years.editions().get(0);
        Evaluators.Edition from2026 = years.editions().get(1);
        assertNull(before.from());
        assertEquals(2025, before.to());
        assertEquals(2026, from2026.from());
        assertNull(from2026.to());
        Ruleset old = before.evaluator().ruleset();
        Ruleset now = from2026.evaluator().ruleset();
        assertEquals(Fixtures.RULESET.version(), old.version());
        assertEquals(Fixtures.RULESET.tablesVersion(), old.tablesVersion());
        assertNotEquals(old.version(), now.version());
        assertNotEquals(old.tablesVersion(), now.tablesVersion());
        assertEquals(old.rulesVersion(), now.rulesVersion());
        assertSame(old.rules(), now.rules()); // the rules are compiled once for every year
    }

    @Test
    void eachYearIsScoredWithTheTablesInForceForIt() {
        Evaluator y2025 = years.editions().get(0).evaluator();
        Evaluator y2026 = years.editions().get(1).evaluator();
        for (int year : List.of(2000, 2019, 2025)) {
            assertSame(y2025, years.forYear(year), "year " + year);
        }
        for (int year : List.of(2026, 2027, 2100)) {
            assertSame(y2026, years.forYear(year), "year " + year);
        }
        assertSame(y2026, years.forYear(null)); // a declaration without a year: the latest

        EvaluationResult r2025 = years.evaluate(project(2025), fullYear("540", List.of(act("a", "99.7%"), act("b", "90%", "高温", null))));
        assertEquals(score(Fixtures.EVALUATOR, 2025), r2025); // exactly as before 2026 was published
        assertEquals(0, new BigDecimal("50").compareTo(weight(r2025, "产出")));
        assertEquals(0, new BigDecimal("30").compareTo(weight(r2025, "效益")));

        EvaluationResult r2026 = score(years.forYear(2026), 2026);
        assertEquals(0, new BigDecimal("60").compareTo(weight(r2026, "产出")));
        assertEquals(0, new BigDecimal("20").compareTo(weight(r2026, "效益")));
        assertEquals(y2026.ruleset().version(), r2026.ruleset().version());
        assertNotEquals(r2025.ruleset().version(), r2026.ruleset().version());
        assertNotEquals(r2025.totalScore(), r2026.totalScore());
    }

    @Test
    void aYearFolderThatChangesNothingStartsNoNewSet(@TempDir Path other) throws IOException {
        Path tables = YearFolders.copyOfTables(other);
        YearFolders.copy(tables, "templates/mof-project.yml", "2026/templates/mof-project.yml");
        Evaluators same = Evaluators.load(Path.of("rules"), tables);
        assertEquals(1, same.editions().size());
        assertEquals(Fixtures.RULESET.version(), same.latest().ruleset().version());
    }
}
