package jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jixiao.scoring.fact.Deviation;
import jixiao.scoring.fact.ReviewedScore;
import jixiao.scoring.fact.SelfScore;
import jixiao.scoring.fact.SpotCheckSettings;
import jixiao.tables.Policy;

/**
 * Compares a self-assessment with its review (抽评复核) by the rules of 95-review-comparison.drl, in a session
 * of their own: the self and reviewed totals and grades, and the tables' threshold, in; the deviations they
 * raise (SELF_SCORE_INFLATED) out. Nothing is scored here: both sides come scored.
 */
public final class ReviewComparer {
    private static final int MAX_FIRINGS = 1_000;

    private final Ruleset ruleset;
    private final Map<String, Object> globals;
    private final List<Policy.GradeBand> grades;
    private final BigDecimal inflatedPoints;

    public ReviewComparer(Evaluator evaluator) {
        this.ruleset = evaluator.ruleset();
        this.globals = Map.of("tables", new Tables(ruleset.tables()));
        this.grades = ruleset.tables().policy().grades();
        this.inflatedPoints = ruleset.tables().policy().spotChecks().inflatedPoints();
    }

    /** The comparison's deviations; totals are the 2-decimal totals of the results (null: ungraded). */
    public List<EvaluationResult.Deviation> compare(BigDecimal selfTotal, String selfGrade, BigDecimal reviewedTotal,
                                                    String reviewedGrade) {
        List<Object> facts = List.of(new SpotCheckSettings(inflatedPoints),
                new SelfScore(selfTotal, selfGrade, rank(selfGrade)),
                new ReviewedScore(reviewedTotal, reviewedGrade, rank(reviewedGrade)));
        List<Deviation> raised = new ArrayList<>();
        for (Object o : ruleset.rules().run(RuleScope.REVIEW.packages(), facts, globals, MAX_FIRINGS).facts()) {
            if (o instanceof Deviation d) {
                raised.add(d);
            }
        }
        raised.sort(Comparator.comparing(Deviation::message));
        return raised.stream().map(d -> new EvaluationResult.Deviation(d.type(), d.severity(), d.indicatorId(),
                d.level3(), d.gap() == null ? null : d.gap().stripTrailingZeros(), d.relativeGap(), d.message(),
                d.rule(), ruleset.rules().fileOf(d.rule()))).toList();
    }

    /** The threshold in force, for what the API shows beside the comparison. */
    public BigDecimal inflatedPoints() {
        return inflatedPoints;
    }

    /** A grade's place among the tables' grades, best first (0); null for none or a grade no longer listed. */
    private Integer rank(String grade) {
        for (int i = 0; grade != null && i < grades.size(); i++) {
            if (grades.get(i).grade().equals(grade)) {
                return i;
            }
        }
        return null;
    }
}
