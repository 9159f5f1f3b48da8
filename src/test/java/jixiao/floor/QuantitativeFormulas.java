package jixiao.floor;

import java.math.BigDecimal;
import jixiao.indicator.Decimals;

/**
 * Spec §2: B (actual, in the target's unit) against A by the comparator scored. Met → w; not met → the
 * ratio formulas (the reverse mode of the table for exceeded ceilings), never below 0 nor above w, and
 * 0 outside the ratio's domain (A ≤ 0 or B < 0). Strict {@code >}/{@code <} count their boundary as met.
 */
final class QuantitativeFormulas {
    private QuantitativeFormulas() {
    }

    static void score(Row row, boolean linearReverse) {
        Reading r = row.reading;
        BigDecimal w = row.points;
        BigDecimal b = row.b;
        switch (row.scoredOp) {
            case GE, GT -> {
                BigDecimal a = r.a();
                if (b.compareTo(a) >= 0) {
                    met(row);
                } else {
                    shortBy(row, a.signum() > 0 && b.signum() >= 0 ? ratio(w, b, a) : null);
                }
            }
            case LE, LT -> {
                BigDecimal a = r.a();
                if (b.compareTo(a) <= 0) {
                    met(row);
                } else if (a.signum() <= 0) {
                    shortBy(row, null);
                } else {
                    shortBy(row, linearReverse ? linear(w, Decimals.div(b.subtract(a), a)) : ratio(w, a, b));
                }
            }
            case EQ -> {
                BigDecimal a = r.a();
                if (b.compareTo(a) == 0) {
                    met(row);
                } else {
                    shortBy(row, a.signum() > 0 && b.signum() >= 0
                            ? linear(w, Decimals.div(b.subtract(a).abs(), a.abs())) : null);
                }
            }
            case BETWEEN -> {
                if (b.compareTo(r.low()) < 0) {
                    shortBy(row, r.low().signum() > 0 && b.signum() >= 0 ? ratio(w, b, r.low()) : null);
                } else if (b.compareTo(r.high()) > 0) {
                    shortBy(row, r.high().signum() > 0 ? ratio(w, r.high(), b) : null);
                } else {
                    met(row);
                }
            }
        }
    }

    private static void met(Row row) {
        row.status = Status.ACHIEVED;
        row.score = row.points;
    }

    /** Not met: the formula's score (null outside its domain: 0), PARTIAL when it shows above 0. */
    private static void shortBy(Row row, BigDecimal score) {
        row.score = score == null ? BigDecimal.ZERO : score;
        row.status = score != null && Decimals.round2(score).signum() > 0 ? Status.PARTIAL : Status.UNMET;
    }

    /** w × num / den, within [0, w]. */
    private static BigDecimal ratio(BigDecimal w, BigDecimal num, BigDecimal den) {
        return Decimals.clamp(Decimals.div(Decimals.mul(w, num), den), w);
    }

    /** w × max(0, 1 − off), within [0, w]. */
    private static BigDecimal linear(BigDecimal w, BigDecimal off) {
        return Decimals.clamp(Decimals.mul(w, BigDecimal.ONE.subtract(off).max(BigDecimal.ZERO)), w);
    }
}
