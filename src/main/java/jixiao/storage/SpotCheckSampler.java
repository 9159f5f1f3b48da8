package jixiao.storage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import jixiao.accounts.Actor;

/**
 * The sample of a spot check, stratified by unit and reproducible: the same population, share and seed always
 * draw the same items. Exactly:
 * <ol>
 *   <li>The population (each declaration's current year-end self-assessment) is ordered by declaration id
 *       ({@link String#compareTo}, not the database's collation) and split into units by the unit's key (the
 *       name normalised as departments' units compare, {@link Actor#unitKey}); units are taken in the order
 *       of their keys ({@link String#compareTo}).</li>
 *   <li>One generator for the whole draw: {@code new java.util.SplittableRandom(seed)} (SplitMix64, whose
 *       sequence for a seed is fixed by its specification).</li>
 *   <li>For each unit in turn, of n subjects: k = round-half-up(share × n), at least 1 when share &gt; 0, at
 *       most n. A partial Fisher–Yates shuffle of the unit's subjects (in declaration-id order) picks them: for
 *       i = 0 … k−1, j = i + {@link #below}(n − i), swap positions i and j; the first k are drawn.</li>
 *   <li>The items are listed unit by unit (in unit order), each unit's in declaration-id order.</li>
 * </ol>
 */
final class SpotCheckSampler {
    private SpotCheckSampler() {
    }

    static List<SpotCheckStore.Item> draw(List<Store.Evaluation> population, BigDecimal share, long seed) {
        Map<String, List<Store.Evaluation>> units = new TreeMap<>();
        population.stream().sorted(Comparator.comparing(Store.Evaluation::declarationId))
                .forEach(e -> units.computeIfAbsent(Actor.unitKey(e.unit()), u -> new ArrayList<>()).add(e));
        SplittableRandom random = new SplittableRandom(seed);
        List<SpotCheckStore.Item> items = new ArrayList<>();
        for (List<Store.Evaluation> subjects : units.values()) {
            int n = subjects.size();
            int k = Math.min(n, perUnit(share, n));
            List<Store.Evaluation> shuffled = new ArrayList<>(subjects);
            for (int i = 0; i < k; i++) {
                int j = i + below(random, n - i);
                Store.Evaluation picked = shuffled.get(j);
                shuffled.set(j, shuffled.get(i));
                shuffled.set(i, picked);
            }
            shuffled.subList(0, k).stream().sorted(Comparator.comparing(Store.Evaluation::declarationId))
                    .forEach(e -> items.add(new SpotCheckStore.Item(e.declarationId(), e.id(), e.unit(), e.name())));
        }
        return items;
    }

    /** round-half-up(share × n), at least one where share &gt; 0. */
    static int perUnit(BigDecimal share, int n) {
        int k = share.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.HALF_UP).intValueExact();
        return share.signum() > 0 ? Math.max(1, k) : k;
    }

    /**
     * A uniform whole number from 0 to bound − 1 from the generator's next {@code int}s, written out here so that
     * the draw does not depend on a JDK's bounded method: r = nextInt(); a power of two takes r's low bits;
     * otherwise u = r &gt;&gt;&gt; 1, and while u − (u mod bound) + (bound − 1) overflows, u = nextInt() &gt;&gt;&gt; 1 (rejection,
     * so no value is favoured); the result is u mod bound.
     */
    static int below(SplittableRandom random, int bound) {
        int r = random.nextInt();
        int m = bound - 1;
        if ((bound & m) == 0) {
            return r & m;
        }
        for (int u = r >>> 1; ; u = random.nextInt() >>> 1) {
            r = u % bound;
            if (u + m - r >= 0) {
                return r;
            }
        }
    }
}
