package jixiao.scoring;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jixiao.floor.Case;
import jixiao.floor.Comparison;
import jixiao.floor.FloorResult;
import jixiao.floor.FloorScorer;
import jixiao.floor.GeneratedInputs;
import jixiao.floor.RealInputs;
import jixiao.floor.TablesWithModes;

/**
 * Scores N generated 40-indicator year-end assessments ({@link GeneratedInputs}) through the engine the
 * API uses and through the plain-Java floor ({@link FloorScorer}: the whole scoring of scoring.md, same
 * value parser and tables, no Drools), in one run. First every input — the generated assessments, as
 * many generated half-year reports, and every real example of the repository — is scored both ways and
 * compared (total, grade, budget rate, lights, each indicator's status and score, the deviations); any
 * difference is printed and the run exits with status 1. Then, after a warm-up, in interleaved rounds:
 * the engine on one thread, on all cores (one shared evaluator, each thread scoring its share), the
 * floor on one thread, and the engine at mid-year. Run: see README "Benchmark". Not a test: it prints
 * figures, ending with the four lines the README quotes.
 */
public final class EngineBenchmark {
    private static final long SEED = 20260101L;
    private static final int SHOWN_DIFFERENCES = 10;
    /**
     * The timings are interleaved: each round times every figure over the next slice of the inputs (the
     * floor repeated to about the engine's time), so that a busy spell of a shared machine weighs on all
     * figures alike and their ratios hold.
     */
    private static final int ROUNDS = 10;
    /**
     * Passes over all the inputs, every figure, before timing: the JIT compiles the rule network's code
     * only after many thousands of firings, and a short warm-up timed the engine half-compiled.
     */
    private static final int WARM_UP_PASSES = 5;

    /** Seconds spent on each figure, summed over the rounds. */
    private static final class Timings {
        double engineOne;
        double engineAll;
        double floor;
        double midYear;
    }

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long startLoad = System.nanoTime();
        Ruleset ruleset = Ruleset.load(Path.of("rules"), TablesWithModes.create());
        Evaluator engine = new Evaluator(ruleset);
        FloorScorer floor = new FloorScorer(ruleset.tables());
        System.out.printf("rules and tables loaded in %d ms%n", (System.nanoTime() - startLoad) / 1_000_000);

        GeneratedInputs inputs = new GeneratedInputs(ruleset.tables());
        List<Case> generated = inputs.generate(n, SEED);
        List<Case> halfYear = inputs.generateMidYear(n, SEED);
        List<Case> real = RealInputs.all();
        List<Case> compared = new ArrayList<>(real);
        compared.addAll(generated);
        compared.addAll(halfYear);
        List<String> differences = Comparison.run(engine, floor, compared, SHOWN_DIFFERENCES);
        if (!differences.isEmpty()) {
            System.out.println("engine and floor disagree (first " + differences.size() + "; inputs 0–"
                    + (real.size() - 1) + " are the real examples):");
            differences.forEach(d -> System.out.println("  " + d));
            System.exit(1);
        }
        System.out.printf("engine and floor agree on %d real assessments, %d generated year-end ones and %d generated"
                + " half-year reports%n", real.size(), generated.size(), halfYear.size());

        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        double engineWarm = 0;
        double floorWarm = 0;
        for (int round = 0; round < WARM_UP_PASSES; round++) {
            engineWarm = engine(engine, generated);
            floorWarm = floor(floor, generated);
            engine(engine, halfYear);
            engineOnThreads(engine, generated, pool, threads);
        }
        int floorRepeats = (int) Math.max(1, Math.min(100, Math.round(engineWarm / floorWarm)));
        Timings t = new Timings();
        for (int round = 0; round < ROUNDS; round++) {
            List<Case> slice = generated.subList(round * n / ROUNDS, (round + 1) * n / ROUNDS);
            t.engineOne += engine(engine, slice);
            t.engineAll += engineOnThreads(engine, slice, pool, threads);
            for (int r = 0; r < floorRepeats; r++) {
                t.floor += floor(floor, slice);
            }
            t.midYear += engine(engine, halfYear.subList(round * n / ROUNDS, (round + 1) * n / ROUNDS));
        }
        double engineOne = t.engineOne;
        double engineAll = t.engineAll;
        double floorOne = t.floor / floorRepeats;
        double midYear = t.midYear;
        System.out.printf(Locale.ROOT, "timed in %d interleaved rounds (engine 1 thread, engine %d threads, floor × %d,"
                + " engine at mid-year), each over %d assessments%n", ROUNDS, threads, floorRepeats, n / ROUNDS);

        int indicators = GeneratedInputs.INDICATORS;
        System.out.printf(Locale.ROOT, "engine at mid-year (HALF_YEAR, months 3/6/9, same declarations), 1 thread: %d assessments/s%n",
                Math.round(n / midYear));
        System.out.printf(Locale.ROOT, "indicators/s: engine 1 thread %d, engine %d threads %d, floor 1 thread %d%n",
                Math.round(indicators * n / engineOne), threads, Math.round(indicators * n / engineAll),
                Math.round(indicators * n / floorOne));
        System.out.printf(Locale.ROOT, "engine, 1 thread: %d assessments/s%n", Math.round(n / engineOne));
        System.out.printf(Locale.ROOT, "engine, all cores: %d assessments/s%n", Math.round(n / engineAll));
        System.out.printf(Locale.ROOT, "floor, 1 thread: %d assessments/s%n", Math.round(n / floorOne));
        System.out.printf(Locale.ROOT, "engine / floor time ratio: %.1f%n", engineOne / floorOne);
        pool.shutdown();
    }

    /** Seconds to score every case once with the engine on this thread. */
    private static double engine(Evaluator engine, List<Case> cases) {
        long start = System.nanoTime();
        BigDecimal sum = BigDecimal.ZERO;
        for (Case c : cases) {
            sum = add(sum, engine.evaluate(c.declaration(), c.assessment()).totalScore());
        }
        return seconds(start, sum);
    }

    /**
     * Seconds for the pool's threads, sharing one evaluator, to score every case once, each its share. A pool
     * made once, as the service scores on a fixed pool of one thread per processor (jixiao.preview-workers).
     */
    private static double engineOnThreads(Evaluator engine, List<Case> cases, ExecutorService pool, int threads)
            throws InterruptedException {
        List<Callable<BigDecimal>> shares = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int share = t;
            shares.add(() -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (int k = share; k < cases.size(); k += threads) {
                    Case c = cases.get(k);
                    sum = add(sum, engine.evaluate(c.declaration(), c.assessment()).totalScore());
                }
                return sum;
            });
        }
        long start = System.nanoTime();
        BigDecimal sum = BigDecimal.ZERO;
        try {
            for (Future<BigDecimal> f : pool.invokeAll(shares)) {
                sum = sum.add(f.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("an engine thread failed", e.getCause());
        }
        return seconds(start, sum);
    }

    /** Seconds to score every case once with the floor. */
    private static double floor(FloorScorer floor, List<Case> cases) {
        long start = System.nanoTime();
        BigDecimal sum = BigDecimal.ZERO;
        for (Case c : cases) {
            FloorResult r = floor.score(c.declaration(), c.assessment());
            sum = add(sum, r.total());
        }
        return seconds(start, sum);
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal total) {
        return total == null ? sum : sum.add(total);
    }

    /** The time since {@code start}; the sum of totals is checked so that no scoring can be optimised away. */
    private static double seconds(long start, BigDecimal sum) {
        double s = (System.nanoTime() - start) / 1e9;
        if (sum.signum() < 0) {
            throw new IllegalStateException("a negative sum of totals: " + sum);
        }
        return s;
    }
}
