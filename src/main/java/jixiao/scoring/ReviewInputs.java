package jixiao.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a review's verified actuals go in a self-assessment's inputs: the actual each declared indicator was
 * matched with when the self-assessment was scored (scoring.md §4), so that a verified figure replaces exactly
 * that one and every other actual (and its match) stays as the department reported it.
 */
public final class ReviewInputs {
    private ReviewInputs() {
    }

    /** Declared indicator id → the index, in {@code assessment.actuals()}, of the actual matched with it. */
    public static Map<String, Integer> matchedActuals(Inputs.Declaration declaration, Inputs.Assessment assessment) {
        Preparer.Matching matching = Preparer.match(declaration.indicators(), assessment.actuals());
        Map<String, Integer> out = new HashMap<>();
        List<Inputs.ReportedActual> actuals = assessment.actuals();
        matching.matched().forEach((declared, actual) -> {
            String id = declaration.indicators().get(declared).id();
            for (int k = 0; id != null && k < actuals.size(); k++) {
                if (actuals.get(k) == actual) {
                    out.put(id, k);
                    break;
                }
            }
        });
        return out;
    }
}
