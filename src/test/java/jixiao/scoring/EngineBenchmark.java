package jixiao.scoring;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
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
 * difference is printed and the run exits with status 1. Then, after a warm-up: the engine on one thread, on all cores (one
 * shared evaluator, each thread scoring its share), the floor on one thread, and the engine at
 * mid-year. Run: see README "Benchmark". Not a test: it prints figures.
 */
public final class EngineBenchmark {
    private static final long SEED = 20260101L;
    private static final int SHOWN_DIFFERENCES = 10;
    /** The floor is fast: it is timed over repeated passes until this long, for a steadier figure. */
    private static final double MIN_FLOOR_SECONDS = 2.0;

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

        int warm = Math.min(n, 300);
        for (int round = 0; round < 3; round++) {
            engine(engine, generated.subList(0, warm));
            floor(floor, generated);
        }
        engine(engine, halfYear.subList(0, warm));

        double engineOne = engine(engine, generated);
        int threads = Runtime.getRuntime().availableProcessors();
        double engineAll = engineOnThreads(engine, generated, threads);
        double floorOne = floorRepeated(floor, generated);
        double midYear = engine(engine, halfYear);

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

    /** Seconds for {@code threads} threads sharing one evaluator to score every case once, each its share. */
    private static double engineOnThreads(Evaluator engine, List<Case> cases, int threads) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        BigDecimal[] sums = new BigDecimal[threads];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int share = t;
            Thread worker = new Thread(() -> {
                BigDecimal sum = BigDecimal.ZERO;
                try {
                    go.await();
                    for (int k = share; k < cases.size(); k += threads) {
                        Case c = cases.get(k);
                        sum = add(sum, engine.evaluate(c.declaration(), c.assessment()).totalScore());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    sums[share] = sum;
                    done.countDown();
                }
            }, "engine-" + t);
            worker.start();
            workers.add(worker);
        }
        long start = System.nanoTime();
        go.countDown();
        done.await();
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal s : sums) {
            sum = sum.add(s);
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

    /** Seconds per pass over every case with the floor, over as many passes as fill {@link #MIN_FLOOR_SECONDS}. */
    private static double floorRepeated(FloorScorer floor, List<Case> cases) {
        double total = 0;
        int passes = 0;
        while (total < MIN_FLOOR_SECONDS) {
            total += floor(floor, cases);
            passes++;
        }
        return total / passes;
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
