package jixiao.storage;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Evaluator;
import jixiao.scoring.Evaluators;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jixiao.scoring.Inputs;
import jixiao.scoring.ReviewComparer;
import jixiao.web.EvaluationMeter;

/**
 * Where a review meets the rules (the one place it does): the reviewed inputs scored as any assessment, then
 * compared with the self-assessment by 95-review-comparison.drl; the comparison's deviations
 * (SELF_SCORE_INFLATED) join the review's own, after them.
 */
@Singleton
final class ReviewScoring {
    private final EvaluationMeter meter;
    /** A comparer per set of tables (the threshold and the grades are the reviewed year's). */
    private final Map<Evaluator, ReviewComparer> comparers = new ConcurrentHashMap<>();
    private final Evaluators evaluators;

    ReviewScoring(EvaluationMeter meter, Evaluators evaluators) {
        this.meter = meter;
        this.evaluators = evaluators;
    }

    private ReviewComparer comparer(Integer year) {
        return comparers.computeIfAbsent(evaluators.forYear(year), ReviewComparer::new);
    }

    /** The review's result: {@code reviewed} scored, with what the comparison with {@code self} raised. */
    EvaluationResult score(Inputs.Declaration declaration, Inputs.Assessment reviewed, Store.Evaluation self) {
        EvaluationResult r = meter.evaluate(declaration, reviewed);
        List<EvaluationResult.Deviation> deviations = new ArrayList<>(r.deviations());
        deviations.addAll(comparer(declaration.year()).compare(self.totalScore(), self.grade(), r.totalScore(), r.grade()));
        return new EvaluationResult(r.totalScore(), r.grade(), r.light(), r.ruleset(), r.scoringTable(), r.period(),
                r.month(), r.groups(), r.budgetExecution(), r.indicators(), List.copyOf(deviations), r.explanation());
    }

    /** The threshold in force for the year (scoring.yml spotChecks.inflatedPoints). */
    BigDecimal inflatedPoints(Integer year) {
        return comparer(year).inflatedPoints();
    }
}
