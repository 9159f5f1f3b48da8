package jixiao.floor;

import java.math.BigDecimal;
import jixiao.tables.Policy;

/** A half-year light (§5), worst first: the subject's light is the first present in this order. */
enum Light {
    RED, YELLOW, GREEN, BLUE;

    /** The light of a progress (in percent, tested at 2 decimals) by the table's bands. */
    static Light ofProgress(BigDecimal progress, Policy.Monitoring bands) {
        BigDecimal p = jixiao.indicator.Decimals.round2(progress);
        if (p.compareTo(bands.redBelow()) < 0) {
            return RED;
        }
        if (p.compareTo(bands.yellowBelow()) < 0) {
            return YELLOW;
        }
        return p.compareTo(bands.blueFrom()) < 0 ? GREEN : BLUE;
    }

    /** The worse of two lights; null is no light. */
    static Light worse(Light a, Light b) {
        if (a == null) {
            return b;
        }
        return b == null || a.ordinal() <= b.ordinal() ? a : b;
    }

    boolean isLagging() {
        return this == RED || this == YELLOW;
    }
}
