package jixiao.scoring.fact;

import java.math.BigDecimal;
import jixiao.scoring.Light;
import jixiao.scoring.Status;

/**
 * 80-progress.drl, at mid-year: an indicator's light, the rule that lit it and why; {@code settled} is its
 * settled score (null for one never scored: no group, or not classified).
 */
public record Lit(Indicator indicator, Status status, Settled settled, Light light, String rule,
                  String explanation) {
    public int seq() {
        return indicator.seq();
    }

    /** Whether it reached a tier: ACHIEVED, PARTIAL or UNMET (not MISSING, not INVALID). */
    public boolean isScored() {
        return settled != null && settled.isScored();
    }

    public BigDecimal gap() {
        return settled == null ? null : settled.gap();
    }

    public BigDecimal relativeGap() {
        return settled == null ? null : settled.relativeGap();
    }

    /**
     * Hashed by the place of its indicator, as {@link Indicator} is: truth maintenance hashes each fact
     * inserted logically, and a record's own hash would walk every value and text it holds.
     */
    @Override
    public int hashCode() {
        return 31 * seq() + 6;
    }
}
