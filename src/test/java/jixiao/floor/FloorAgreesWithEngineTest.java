package jixiao.floor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jixiao.scoring.Evaluator;
import jixiao.scoring.Period;
import jixiao.scoring.Ruleset;
import org.junit.jupiter.api.Test;

/**
 * The rules and the plain-Java floor score alike: every real example of the repository and a few hundred
 * generated assessments, at year end and at mid-year, give the same total, grade, budget rate, lights,
 * statuses, scores and deviations both ways. A change to the rules (or the tables) that the floor does not follow, or the other way
 * round, fails here.
 */
class FloorAgreesWithEngineTest {
    private static final Ruleset RULESET = Ruleset.load(Path.of("rules"), TablesWithModes.create());
    private static final Evaluator ENGINE = new Evaluator(RULESET);
    private static final FloorScorer FLOOR = new FloorScorer(RULESET.tables());

    private static final List<Case> GENERATED = new GeneratedInputs(RULESET.tables()).generate(200, 20260101L);

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
        agree(new GeneratedInputs(RULESET.tables()).generateMidYear(120, 20260101L));
    }

    private static void agree(List<Case> cases) {
        List<String> differences = Comparison.run(ENGINE, FLOOR, cases, 20);
        assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
    }
}
