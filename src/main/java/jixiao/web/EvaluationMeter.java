package jixiao.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Evaluator;
import jixiao.scoring.Evaluators;
import jixiao.scoring.InputProblem;
import jixiao.scoring.Inputs;
import jixiao.scoring.Period;

/**
 * Every evaluation the service makes (preview, submission, batch item, re-evaluation, import), counted and
 * timed for the metrics: {@code jixiao.evaluations} by period and outcome ({@code graded}, {@code ungraded},
 * {@code rejected}: the inputs were refused, {@code failed}), {@code jixiao.evaluation.duration} by period,
 * {@code jixiao.evaluation.indicators} (indicators per evaluation) and {@code jixiao.rule.firings} (rules fired
 * per evaluation).
 */
@Singleton
public final class EvaluationMeter {
    private final Evaluators evaluators;
    private final MeterRegistry registry;
    private final DistributionSummary indicators;
    private final DistributionSummary firings;

    EvaluationMeter(Evaluators evaluators, MeterRegistry registry) {
        this.evaluators = evaluators;
        this.registry = registry;
        this.indicators = DistributionSummary.builder("jixiao.evaluation.indicators")
                .description("indicators scored per evaluation").register(registry);
        this.firings = DistributionSummary.builder("jixiao.rule.firings")
                .description("rule firings per evaluation").register(registry);
    }

    /** {@link Evaluators#evaluate}: scored with the tables in force for the declaration's year, counted and timed. */
    public EvaluationResult evaluate(Inputs.Declaration declaration, Inputs.Assessment assessment) {
        String period = (assessment.period() == null ? Period.FULL_YEAR : assessment.period()).name();
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            Evaluator.Scored scored = evaluators.forYear(declaration.year()).score(declaration, assessment);
            EvaluationResult result = scored.result();
            outcome = result.grade() == null ? "ungraded" : "graded";
            indicators.record(result.indicators().size());
            firings.record(scored.firings());
            return result;
        } catch (InputProblem refused) {
            outcome = "rejected";
            throw refused;
        } finally {
            Timer.builder("jixiao.evaluation.duration").description("time to score one evaluation").tag("period", period)
                    .register(registry).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            Counter.builder("jixiao.evaluations").description("evaluations made, by period and outcome")
                    .tag("period", period).tag("outcome", outcome).register(registry).increment();
        }
    }
}
