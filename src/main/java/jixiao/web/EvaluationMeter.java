package jixiao.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * per evaluation). The meters are registered once, every period and outcome at the start (at zero), so that an
 * evaluation only counts: a lookup by name and tags in the registry costs more than the counting itself.
 */
@Singleton
public final class EvaluationMeter {
    private final Evaluators evaluators;
    private final DistributionSummary indicators;
    private final DistributionSummary firings;
    private final Map<Period, Timer> durations = new EnumMap<>(Period.class);
    private final Map<Period, Map<Outcome, Counter>> counts = new EnumMap<>(Period.class);

    /** How an evaluation ended, the {@code outcome} tag of {@code jixiao.evaluations}. */
    private enum Outcome {
        GRADED, UNGRADED, REJECTED, FAILED;

        final String tag = name().toLowerCase(Locale.ROOT);
    }

    EvaluationMeter(Evaluators evaluators, MeterRegistry registry) {
        this.evaluators = evaluators;
        this.indicators = DistributionSummary.builder("jixiao.evaluation.indicators")
                .description("indicators scored per evaluation").register(registry);
        this.firings = DistributionSummary.builder("jixiao.rule.firings")
                .description("rule firings per evaluation").register(registry);
        for (Period period : Period.values()) {
            durations.put(period, Timer.builder("jixiao.evaluation.duration").description("time to score one evaluation")
                    .tag("period", period.name()).register(registry));
            Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                byOutcome.put(outcome, Counter.builder("jixiao.evaluations").description("evaluations made, by period and outcome")
                        .tag("period", period.name()).tag("outcome", outcome.tag).register(registry));
            }
            counts.put(period, byOutcome);
        }
    }

    /** {@link Evaluators#evaluate}: scored with the tables in force for the declaration's year, counted and timed. */
    public EvaluationResult evaluate(Inputs.Declaration declaration, Inputs.Assessment assessment) {
        Period period = assessment.period() == null ? Period.FULL_YEAR : assessment.period();
        long start = System.nanoTime();
        Outcome outcome = Outcome.FAILED;
        try {
            Evaluator.Scored scored = evaluators.forYear(declaration.year()).score(declaration, assessment);
            EvaluationResult result = scored.result();
            outcome = result.grade() == null ? Outcome.UNGRADED : Outcome.GRADED;
            indicators.record(result.indicators().size());
            firings.record(scored.firings());
            return result;
        } catch (InputProblem refused) {
            outcome = Outcome.REJECTED;
            throw refused;
        } finally {
            durations.get(period).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            counts.get(period).get(outcome).increment();
        }
    }
}
