package jixiao.floor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jixiao.scoring.Evaluator;
import jixiao.scoring.Inputs;
import jixiao.scoring.Period;
import jixiao.scoring.Ruleset;
import org.junit.jupiter.api.Test;

/**
 * The rules and the plain-Java floor score alike: every real example of the repository and a few hundred
 * generated assessments, at year end and at mid-year, give the same total, grade, budget rate, lights,
 * statuses, scores and deviations both ways. A change to the rules (or the tables) that the floor does not
 * follow, or the other way round, fails here; and the generated inputs must keep reaching every status,
 * deviation type, grade and light, so that the agreement means something.
 */
class FloorAgreesWithEngineTest {
    private static final Ruleset RULESET = Ruleset.load(Path.of("rules"), TablesWithModes.create());
    private static final Evaluator ENGINE = new Evaluator(RULESET);
    private static final FloorScorer FLOOR = new FloorScorer(RULESET.tables());

    private static final GeneratedInputs INPUTS = new GeneratedInputs(RULESET.tables());
    private static final List<Case> GENERATED = INPUTS.generate(200, 20260101L);
    private static final List<Case> MID_YEAR = INPUTS.generateMidYear(100, 20260101L);

    @Test
    void everyRealExampleScoresAlikeBothWays() {
        List<Case> cases = RealInputs.all();
        assertFalse(cases.size() < 16, "the examples and the published tables");
        assertTrue(cases.stream().anyMatch(c -> c.assessment().period() == Period.HALF_YEAR), "a half-year example");
        agree(cases);
    }

    @Test
    void generatedYearEndAssessmentsScoreAlikeBothWays() {
        agree(GENERATED);
    }

    @Test
    void generatedMidYearReportsScoreAlikeBothWays() {
        agree(MID_YEAR);
    }

    /** Budgets and executed amounts that are empty, no amount, negative or in a unit no table knows. */
    @Test
    void oddBudgetsScoreAlikeBothWays() {
        List<Case> cases = new ArrayList<>();
        Inputs.DeclaredIndicator one = new Inputs.DeclaredIndicator("a", "产出指标", "数量指标", "保障率",
                new Inputs.ValueSpec.Text("≥95%"), null, null, null, null);
        String[][] budgets = {{"100", "万元", null, "95"}, {"100", "万元", "/", "95"}, {"100", "万元", "待定", "95"},
                {"约五百", "万元", null, "95"}, {"100", "万元", null, "-50"}, {"560", "x", null, "545万元"},
                {"560", "/", null, "545"}, {"0", "万元", "abc", "5"}, {"-5", "万元", null, "abc"}};
        for (String[] b : budgets) {
            Inputs.Declaration d = new Inputs.Declaration("PROJECT", "单位", "项目", 2026, "mof-project", b[0], b[1],
                    List.of(), List.of(one));
            for (Period period : Period.values()) {
                cases.add(new Case("budget " + String.join(" / ", Arrays.asList(b)) + " " + period, d,
                        new Inputs.Assessment(period, period == Period.HALF_YEAR ? 6 : 12, b[2], b[3], null,
                                List.of(new Inputs.ReportedActual("a", null, null, "保障率", new Inputs.ValueSpec.Text("96%"),
                                        null, null, null)))));
            }
        }
        agree(cases);
    }

    @Test
    void generatedInputsReachEveryStatusDeviationAndLight() {
        Set<String> reached = new TreeSet<>();
        for (Case c : GENERATED) {
            FloorResult r = FLOOR.score(c.declaration(), c.assessment());
            r.indicators().forEach(i -> reached.add(i.status()));
            r.deviations().forEach(d -> reached.add(d.type().name()));
            reached.add("grade " + r.grade());
        }
        for (Case c : MID_YEAR) {
            FloorResult r = FLOOR.score(c.declaration(), c.assessment());
            r.indicators().forEach(i -> reached.add("light " + i.light()));
            r.deviations().forEach(d -> reached.add(d.type().name()));
        }
        Set<String> wanted = new TreeSet<>();
        Arrays.stream(Status.values()).forEach(s -> wanted.add(s.name()));
        Arrays.stream(Deviation.Type.values()).forEach(t -> wanted.add(t.name()));
        Arrays.stream(Light.values()).forEach(l -> wanted.add("light " + l.name()));
        RULESET.tables().policy().grades().forEach(g -> wanted.add("grade " + g.grade()));
        wanted.add("grade null");
        wanted.removeAll(reached);
        assertTrue(wanted.isEmpty(), () -> "never reached: " + wanted);
    }

    private static void agree(List<Case> cases) {
        List<String> differences = Comparison.run(ENGINE, FLOOR, cases, 20);
        assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
    }
}
