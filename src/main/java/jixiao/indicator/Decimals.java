package jixiao.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Spec §3 arithmetic: BigDecimal with 34 digits, HALF_UP; shown values rounded to 2 decimals once. */
public final class Decimals {
    public static final MathContext MC = new MathContext(34, RoundingMode.HALF_UP);
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    public static BigDecimal div(BigDecimal a, BigDecimal b) {
        return a.divide(b, MC);
    }

    public static BigDecimal mul(BigDecimal a, BigDecimal b) {
        return a.multiply(b, MC);
    }

    public static BigDecimal round2(BigDecimal x) {
        return x == null ? null : x.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal round4(BigDecimal x) {
        return x == null ? null : x.setScale(4, RoundingMode.HALF_UP);
    }

    /** Clamps a score into [0, w]. */
    public static BigDecimal clamp(BigDecimal score, BigDecimal w) {
        return score.signum() < 0 ? BigDecimal.ZERO : score.min(w);
    }

    /** A number as a reader expects it: no trailing zeros, no exponent. */
    public static String plain(BigDecimal x) {
        if (x == null) {
            return "—";
        }
        BigDecimal s = x.stripTrailingZeros();
        return (s.signum() == 0 ? BigDecimal.ZERO : s).toPlainString();
    }

    /** A computed number as shown: rounded to 2 decimals, no trailing zeros. */
    public static String show(BigDecimal x) {
        return x == null ? "—" : plain(round2(x));
    }
}
