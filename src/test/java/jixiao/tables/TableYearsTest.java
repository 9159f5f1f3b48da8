package jixiao.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout of scoring-tables/ by fiscal year: the base set, year folders replacing its files, and their errors. */
class TableYearsTest {
    @TempDir
    Path dir;

    private static BigDecimal weight(ScoringTables tables, String template, String group) {
        return tables.template(template).orElseThrow().groups().stream().filter(g -> g.name().equals(group))
                .findFirst().orElseThrow().weight();
    }

    private static TableException refused(Path tables) {
        return assertThrows(TableException.class, () -> {
            for (TableSet set : TableYears.read(tables)) {
                TableLoader.load(set);
            }
        });
    }

    @Test
    void theRepositorysTablesAreOneBaseSetForEveryYear() {
        List<TableSet> sets = TableYears.read(Path.of("scoring-tables"));
        assertEquals(1, sets.size());
        assertNull(sets.get(0).firstYear());
        assertTrue(sets.get(0).files().containsKey("templates/mof-project.yml"));
        assertEquals("scoring-tables/scoring.yml", sets.get(0).files().get("scoring.yml").shown());
    }

    @Test
    void aYearFolderReplacesItsFilesFromThatYearOnAndALaterFolderReplacesThemAgain() {
        Path tables = YearFolders.with2026(dir);
        YearFolders.write(tables, "2028/templates/mof-project.yml", """
                id: mof-project
                title: 项目支出绩效自评表（2028）
                defaultFor: PROJECT
                groups:
                  - {name: 产出, weight: 40, required: true, aliases: [产出, 成本]}
                  - {name: 效益, weight: 40, required: true}
                  - {name: 满意度, weight: 10, required: true, aliases: [满意度, 服务对象满意度]}
                  - {name: 预算执行率, weight: 10, budget: true}
                """);
        YearFolders.write(tables, "2028/templates/new-project.yml", """
                id: new-project
                groups:
                  - {name: 产出, weight: 90}
                  - {name: 预算执行率, weight: 10, budget: true}
                """);
        List<TableSet> sets = TableYears.read(tables);
        assertEquals(List.of(2026, 2028), sets.stream().skip(1).map(TableSet::firstYear).toList());
        List<ScoringTables> loaded = sets.stream().map(TableLoader::load).toList();
        assertEquals(new BigDecimal("50"), weight(loaded.get(0), "mof-project", "产出"));
        assertEquals(new BigDecimal("60"), weight(loaded.get(1), "mof-project", "产出"));
        assertEquals(new BigDecimal("20"), weight(loaded.get(1), "mof-project", "效益"));
        assertEquals(new BigDecimal("40"), weight(loaded.get(2), "mof-project", "产出"));
        // the other files stay the base's, and a new table joins from its year on
        assertEquals("scoring-tables/scoring.yml", sets.get(2).files().get("scoring.yml").shown());
        assertEquals("scoring-tables/2026/templates/mof-project.yml",
                sets.get(1).files().get("templates/mof-project.yml").shown());
        assertTrue(loaded.get(1).template("new-project").isEmpty());
        assertTrue(loaded.get(2).template("new-project").isPresent());
        assertEquals(loaded.get(0).templates().keySet(), loaded.get(1).templates().keySet());
        // TableLoader.load(dir): the latest year's tables
        assertEquals(new BigDecimal("40"), weight(TableLoader.load(tables), "mof-project", "产出"));
    }

    @Test
    void anErrorInAYearsFileNamesThatFileAndLine() {
        Path tables = YearFolders.copyOfTables(dir);
        YearFolders.write(tables, "2026/templates/mof-project.yml", """
                id: mof-project
                groups:
                  - {name: 产出, weight: 50}
                  - {name: 效益, weight: -30}
                """);
        TableException e = refused(tables);
        assertTrue(e.getMessage().startsWith("scoring-tables/2026/templates/mof-project.yml:4: "), e.getMessage());
        assertTrue(e.getMessage().contains("weight must be positive"), e.getMessage());
    }

    @Test
    void aYearsScoringYmlIsCheckedLikeTheBaseOne() {
        Path tables = YearFolders.copyOfTables(dir);
        YearFolders.write(tables, "2027/scoring.yml", "reverseMode: [\n");
        TableException e = refused(tables);
        assertTrue(e.getMessage().startsWith("scoring-tables/2027/scoring.yml:"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void aFolderMustBeNamedForAYearTheApiAccepts() {
        for (String name : List.of("26", "draft", "20260")) {
            Path tables = YearFolders.copyOfTables(dir.resolve(name + "-case"));
            YearFolders.write(tables, name + "/scoring.yml", "x: 1\n");
            TableException e = refused(tables);
            assertTrue(e.getMessage().startsWith("scoring-tables/" + name + "/: "), e.getMessage());
            assertTrue(e.getMessage().contains("4-digit year from 2000 to 2100"), e.getMessage());
        }
        for (String name : List.of("1999", "2101")) {
            Path tables = YearFolders.copyOfTables(dir.resolve(name + "-case"));
            YearFolders.write(tables, name + "/scoring.yml", "x: 1\n");
            TableException e = refused(tables);
            assertEquals("scoring-tables/" + name + "/: year " + name + " is outside 2000–2100", e.getMessage());
        }
    }

    @Test
    void aYearFolderHoldsOnlyFilesThatReplaceBaseFilesOrAddTables() {
        Path tables = YearFolders.copyOfTables(dir.resolve("unknown"));
        YearFolders.write(tables, "2026/weights.yml", "x: 1\n");
        TableException e = refused(tables);
        assertTrue(e.getMessage().startsWith("scoring-tables/2026/weights.yml: unknown file"), e.getMessage());

        Path forms = YearFolders.copyOfTables(dir.resolve("forms"));
        YearFolders.copy(forms, "forms.yml", "2026/forms.yml");
        e = refused(forms);
        assertTrue(e.getMessage().startsWith("scoring-tables/2026/forms.yml: forms.yml is read before a form's year"),
                e.getMessage());

        Path nested = YearFolders.copyOfTables(dir.resolve("nested"));
        YearFolders.write(nested, "2026/templates/old/mof-project.yml", "id: x\n");
        e = refused(nested);
        assertTrue(e.getMessage().startsWith("scoring-tables/2026/templates/old/mof-project.yml: unknown file"),
                e.getMessage());
    }

    @Test
    void anEmptyYearFolderIsRefused() throws Exception {
        Path tables = YearFolders.copyOfTables(dir);
        java.nio.file.Files.createDirectories(tables.resolve("2026"));
        TableException e = refused(tables);
        assertTrue(e.getMessage().startsWith("scoring-tables/2026/: no table file"), e.getMessage());
    }
}
