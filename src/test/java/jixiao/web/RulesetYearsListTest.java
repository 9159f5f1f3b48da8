package jixiao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import jixiao.scoring.Evaluators;
import jixiao.tables.YearFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The years {@code GET /api/v1/rulesets} lists for each set: from the year before the first year folder (or the
 * current year, if earlier) up to the current year (or the last year folder, if later), with the open ends as
 * null {@code from} / {@code to}.
 */
class RulesetYearsListTest {
    @TempDir
    static Path dir;
    static Evaluators years;

    @BeforeAll
    static void publish2026And2028() {
        Path tables = YearFolders.with2026(dir);
        YearFolders.copy(tables, "2026/templates/mof-project.yml", "2028/templates/mof-project.yml");
        YearFolders.write(tables, "2028/templates/mof-project.yml", YearFolders.read(tables, "2028/templates/mof-project.yml")
                .replace("{name: 满意度, weight: 10", "{name: 满意度, weight: 15"));
        years = Evaluators.load(Path.of("rules"), tables);
    }

    private static List<List<Integer>> listed(Evaluators evaluators, int currentYear) {
        return RulesetController.list(evaluators.editions(), currentYear).stream()
                .map(RulesetController.InForce::years).toList();
    }

    @Test
    void eachSetListsItsYearsUpToTheCurrentOneOrTheLastFolder() {
        assertEquals(List.of(List.of(2025), List.of(2026, 2027), List.of(2028)), listed(years, 2026));
        assertEquals(List.of(List.of(2025), List.of(2026, 2027), List.of(2028, 2029, 2030)), listed(years, 2030));
        assertEquals(List.of(List.of(2024, 2025), List.of(2026, 2027), List.of(2028)), listed(years, 2024));
    }

    @Test
    void theBoundsSayWhereASetIsOpenEnded() {
        List<RulesetController.InForce> sets = RulesetController.list(years.editions(), 2026);
        assertEquals(null, sets.get(0).from());
        assertEquals(2025, sets.get(0).to());
        assertEquals(2026, sets.get(1).from());
        assertEquals(2027, sets.get(1).to());
        assertEquals(2028, sets.get(2).from());
        assertEquals(null, sets.get(2).to());
        assertEquals(3, sets.stream().map(RulesetController.InForce::version).distinct().count());
    }

    @Test
    void withoutYearFoldersTheOneSetListsTheCurrentYear() {
        Evaluators one = Evaluators.of(years.editions().get(0).evaluator());
        assertEquals(List.of(List.of(2031)), listed(one, 2031));
    }
}
