package jixiao.storage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import jixiao.indicator.Decimals;

/**
 * The counts of one batch, filled by the workers its items run on. At most {@code inFlight} items of it are
 * read and not yet done, so a large upload is never held in memory; closing waits until all of them are.
 */
final class BatchTally implements AutoCloseable {
    private final ExecutorService workers;
    private final int inFlight;
    private final Semaphore slots;
    private final AtomicInteger inFlightGauge;
    private int received;
    private final Map<String, Integer> grades = new LinkedHashMap<>();
    private final List<Report.Failure> failures = new ArrayList<>();
    private final List<Report.Item> items = new ArrayList<>();
    private BigDecimal sum = BigDecimal.ZERO;
    private int scored;

    BatchTally(ExecutorService workers, int inFlight, List<String> gradeNames, AtomicInteger inFlightGauge) {
        this.workers = workers;
        this.inFlightGauge = inFlightGauge;
        this.inFlight = inFlight;
        this.slots = new Semaphore(inFlight);
        gradeNames.forEach(g -> grades.put(g, 0));
    }

    /** The answer to a batch: counts, grades, the mean score, and every item stored or failed, by index. */
    record Report(int received, int stored, int failed, Map<String, Integer> grades, BigDecimal meanScore,
                  List<Failure> failures, List<Item> items) {
        record Failure(int index, String error, String message, String path) {
        }

        record Item(int index, String declarationId, String evaluationId, BigDecimal totalScore, String grade) {
        }
    }

    /** Runs {@code task} on a worker once fewer than {@code inFlight} items are under way. */
    void run(Runnable task) {
        slots.acquireUninterruptibly();
        inFlightGauge.incrementAndGet();
        try {
            workers.execute(() -> {
                try {
                    task.run();
                } finally {
                    inFlightGauge.decrementAndGet();
                    slots.release();
                }
            });
        } catch (RejectedExecutionException e) {  // the service is shutting down
            inFlightGauge.decrementAndGet();
            slots.release();
            throw e;
        }
    }

    /** Waits for every item under way. */
    @Override
    public void close() {
        slots.acquireUninterruptibly(inFlight);
        slots.release(inFlight);
    }

    synchronized void stored(Report.Item item) {
        received++;
        items.add(item);
        grades.merge(item.grade() == null ? YearSummary.UNGRADED : item.grade(), 1, Integer::sum);
        if (item.totalScore() != null) {
            sum = sum.add(item.totalScore());
            scored++;
        }
    }

    synchronized void fail(int index, String code, String message, String path) {
        received++;
        failures.add(new Report.Failure(index, code, message, path));
    }

    /** After {@link #close()}: every worker is done. */
    synchronized Report report() {
        items.sort(Comparator.comparingInt(Report.Item::index));
        failures.sort(Comparator.comparingInt(Report.Failure::index));
        BigDecimal mean = scored == 0 ? null : Decimals.round2(Decimals.div(sum, BigDecimal.valueOf(scored)));
        return new Report(received, items.size(), failures.size(), grades, mean, failures, items);
    }
}
