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
 * The rules and the plain-Java floor score alike: every real year-end example of the repository and a few
 * hundred generated assessments give the same total, grade, budget rate, statuses, scores and deviations
 * both ways. A change to the rules (or the tables) that the floor does not follow, or the other way
 * round, fails here.
 */
class FloorAgreesWithEngineTest {
    private static final Ruleset RULESET = Ruleset.load(Path.of("rules"), TablesWithModes.create());
    private static final Evaluator ENGINE = new Evaluator(RULESET);
    private static final FloorScorer FLOOR = new FloorScorer(RULESET.tables());

    @Test
    void everyRealYearEndExampleScoresAlikeBothWays() {
        List<Case> cases = RealInputs.all().stream()
                .filter(c -> c.assessment().period() != Period.HALF_YEAR).toList();
        assertFalse(cases.size() < 15, "the examples and the published tables");
        List<String> differences = Comparison.run(ENGINE, FLOOR, cases, 20);
        assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
    }

    @Test
    void generatedAssessmentsScoreAlikeBothWays() {
        List<Case> cases = new GeneratedInputs(RULESET.tables()).generate(300, 20260101L);
        List<String> differences = Comparison.run(ENGINE, FLOOR, cases, 20);
        assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
    }
}
