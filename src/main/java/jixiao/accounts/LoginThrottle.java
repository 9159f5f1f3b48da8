package jixiao.accounts;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins counted per username (5) and per client address (20) within 15 minutes; past either, further
 * attempts are refused with 429 until the oldest of those failures is 15 minutes old — without checking the
 * password, which is what makes guessing slow. Memory is bounded: each key keeps at most its limit of times,
 * and each map at most {@link #MAX_KEYS} keys, the least recently failed dropped first.
 */
@Singleton
public final class LoginThrottle {
    static final int PER_USERNAME = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_KEYS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private final Failures byUsername = new Failures(PER_USERNAME);
    private final Failures byAddress = new Failures(PER_ADDRESS);
    private final LongSupplier clock;

    LoginThrottle() {
        this(System::currentTimeMillis);
    }

    LoginThrottle(LongSupplier clock) {
        this.clock = clock;
    }

    /** Throws {@code 429 TOO_MANY_REQUESTS} while either key is over its limit. */
    void check(String username, String address) {
        long now = clock.getAsLong();
        long wait = Math.max(byUsername.wait(username, now), byAddress.wait(address, now));
        if (wait > 0) {
            LOG.warn("login throttled for user '{}' from {}: too many failed logins, {} s to wait", shown(username), address,
                    (wait + 999) / 1000);
            throw new Throttled((wait + 999) / 1000);
        }
    }

    void failed(String username, String address) {
        long now = clock.getAsLong();
        byUsername.add(username, now);
        byAddress.add(address, now);
        LOG.info("failed login for user '{}' from {}", shown(username), address);
    }

    void succeeded(String username) {
        byUsername.clear(username);
    }

    /** The keys held (usernames and addresses), for the test of the bound. */
    int keys() {
        return byUsername.size() + byAddress.size();
    }

    private static String shown(String username) {
        return username == null ? "" : username.length() > 64 ? username.substring(0, 64) + "…" : username;
    }

    /** 429 with the seconds to wait. */
    public static final class Throttled extends RuntimeException {
        private final long retryAfterSeconds;

        Throttled(long retryAfterSeconds) {
            super("too many failed logins; try again in " + retryAfterSeconds + " seconds");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** The times of recent failures per key, bounded in keys and in times per key. */
    private static final class Failures {
        private final int limit;
        private final LinkedHashMap<String, Deque<Long>> times = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
                return size() > MAX_KEYS;
            }
        };

        Failures(int limit) {
            this.limit = limit;
        }

        /** Milliseconds until {@code key} may try again; 0 now. */
        synchronized long wait(String key, long now) {
            Deque<Long> t = times.get(key == null ? "" : key);
            if (t == null || t.size() < limit) {
                return 0;
            }
            return Math.max(0, t.peekFirst() + WINDOW.toMillis() - now);
        }

        synchronized void add(String key, long now) {
            Deque<Long> t = times.computeIfAbsent(key == null ? "" : key, k -> new ArrayDeque<>(limit));
            while (!t.isEmpty() && t.peekFirst() + WINDOW.toMillis() <= now) {
                t.pollFirst();
            }
            if (t.size() == limit) {
                t.pollFirst();
            }
            t.addLast(now);
        }

        synchronized int size() {
            return times.size();
        }

        synchronized void clear(String key) {
            times.remove(key);
        }
    }
}
