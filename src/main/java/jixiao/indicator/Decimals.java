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

    /**
     * a ÷ b to 34 digits. A quotient that terminates within a long is worked out in long arithmetic: the
     * JDK gets it by dividing to 34 digits and then stripping the thirty-odd zeros one BigInteger division
     * each, which was a sixth of all the memory an evaluation allocated. The value and scale are the JDK's
     * either way (DecimalsTest compares them).
     */
    public static BigDecimal div(BigDecimal a, BigDecimal b) {
        BigDecimal exact = exactQuotient(a, b);
        return exact != null ? exact : a.divide(b, MC);
    }

    /**
     * a ÷ b as {@code a.divide(b, MC)} gives an exact quotient — the representation whose scale is nearest the
     * preferred a.scale − b.scale — when both unscaled values fit in a long and so does the quotient's; else
     * null. b = x ÷ g · 2^i · 5^j with g = gcd: it terminates iff the rest is 1, at scale preferred + max(i, j),
     * where its unscaled value can have no trailing zero to strip (it is coprime to 10 when max(i, j) > 0).
     */
    static BigDecimal exactQuotient(BigDecimal a, BigDecimal b) {
        if (a.precision() > 18 || b.precision() > 18 || b.signum() == 0) {
            return null;
        }
        long x = Math.abs(a.unscaledValue().longValue());
        long y = Math.abs(b.unscaledValue().longValue());
        long g = gcd(x, y);
        x /= g;
        y /= g;
        int twos = Long.numberOfTrailingZeros(y);
        y >>= twos;
        int fives = 0;
        while (y % 5 == 0) {
            y /= 5;
            fives++;
        }
        if (y != 1) {
            return null;
        }
        int k = Math.max(twos, fives);
        long scale = (long) a.scale() - b.scale() + k;
        if (scale != (int) scale) {
            return null;
        }
        try {
            long unscaled = Math.multiplyExact(x, Math.multiplyExact(pow(2, k - twos), pow(5, k - fives)));
            return BigDecimal.valueOf(a.signum() * b.signum() < 0 ? -unscaled : unscaled, (int) scale);
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    private static long gcd(long x, long y) {
        while (y != 0) {
            long r = x % y;
            x = y;
            y = r;
        }
        return x;
    }

    private static long pow(long base, int exponent) {
        long p = 1;
        for (int e = 0; e < exponent; e++) {
            p = Math.multiplyExact(p, base);
        }
        return p;
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
