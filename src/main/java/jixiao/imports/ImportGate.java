package jixiao.imports;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many imports read files at once: a file at the read limits takes about 130 MB of heap while it is
 * read, so at most {@code permits} are read together; another waits up to {@code wait} for its turn and is
 * then refused ({@link ImportsBusy}, 503 with Retry-After) rather than queued without bound.
 */
final class ImportGate {
    private final Semaphore permits;
    private final Duration wait;

    ImportGate(int permits, Duration wait) {
        if (permits < 1) {
            throw new IllegalArgumentException("jixiao.imports.max-concurrent must be at least 1, not " + permits);
        }
        this.permits = new Semaphore(permits, true);
        this.wait = wait;
    }

    /** Waits for a turn; false when none came within the wait (or the thread was interrupted). */
    boolean enter() {
        try {
            return permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void leave() {
        permits.release();
    }

    /** Seconds a refused client should wait before trying again. */
    long retryAfterSeconds() {
        return Math.max(1, wait.toSeconds());
    }
}
