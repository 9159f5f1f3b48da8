package jixiao.floor;

import java.math.BigDecimal;
import jixiao.indicator.Decimals;
import jixiao.indicator.Op;
import jixiao.tables.Policy;

/**
 * Spec §5: an indicator's progress B ÷ E × 100 and its light. Minimums (and {@code =}) by the progress
 * bands; limits, and anything expected at 0 or below, kept or broken; ranges inside, below (the bands
 * on B ÷ low) or above; qualitative ones by their tier; missing and invalid ones red.
 */
final class Lights {
    private final Policy.Monitoring bands;

    Lights(Policy.Monitoring bands) {
        this.bands = bands;
    }

    void light(Row row) {
        switch (row.status) {
            case NOT_APPLICABLE -> row.light = null;
            case MISSING, INVALID -> row.light = Light.RED;
            default -> row.light = row.kind == Row.Kind.QUALITATIVE ? ofTier(row.status) : ofQuantity(row);
        }
    }

    private static Light ofTier(Status status) {
        return status == Status.ACHIEVED ? Light.GREEN : status == Status.PARTIAL ? Light.YELLOW : Light.RED;
    }

    private Light ofQuantity(Row row) {
        BigDecimal b = row.b;
        BigDecimal e = row.expected;
        Reading r = row.reading;
        Op op = row.scoredOp;
        if (e != null && e.signum() > 0) {
            row.progress = percent(b, e);
        } else if (op == Op.BETWEEN && r.low().signum() > 0 && b.compareTo(r.low()) < 0) {
            row.progress = percent(b, r.low());
        }
        boolean minimum = op == Op.GE || op == Op.GT;
        if (row.progress != null && (minimum || op == Op.EQ || op == Op.BETWEEN)) {
            return Light.ofProgress(row.progress, bands);
        }
        if (minimum) {
            return b.compareTo(e) >= 0 ? Light.GREEN : Light.RED;
        }
        if (op == Op.BETWEEN) {
            return b.compareTo(r.high()) > 0 ? Light.BLUE : b.compareTo(r.low()) < 0 ? Light.RED : Light.GREEN;
        }
        return b.compareTo(e) <= 0 ? Light.GREEN : Light.RED;
    }

    private static BigDecimal percent(BigDecimal x, BigDecimal of) {
        return Decimals.mul(Decimals.div(x, of), Decimals.HUNDRED);
    }
}
