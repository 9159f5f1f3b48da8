package jixiao.scoring.fact;

import java.math.BigDecimal;
import jixiao.scoring.Light;
import jixiao.scoring.Status;

/**
 * 80-progress.drl, at mid-year: an indicator's light, the rule that lit it and why; {@code score} is its
 * Score (null for one never scored: no group, or not classified).
 */
public record Lit(Indicator indicator, Status status, Score score, Light light, String rule,
                  String explanation) {
    public int seq() {
        return indicator.seq();
    }

    /** Whether it reached a tier: ACHIEVED, PARTIAL or UNMET (not MISSING, not INVALID). */
    public boolean isScored() {
        return score != null && score.isScored();
    }

    public BigDecimal gap() {
        return score == null ? null : score.gap();
    }

    public BigDecimal relativeGap() {
        return score == null ? null : score.relativeGap();
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
