package jixiao.scoring.fact;

import java.math.BigDecimal;
import jixiao.indicator.Decimals;

/** 80-progress.drl, at mid-year: a quantitative indicator's actual as a percentage of the value expected by the month. */
public record Progress(Score scored, BigDecimal percent) {
    public int seq() {
        return scored.seq();
    }

    /** Progress as every light band sees it: rounded to 2 decimals. */
    public BigDecimal rounded() {
        return Decimals.round2(percent);
    }

    /**
     * Hashed by the place of its indicator, as {@link Indicator} is: truth maintenance hashes each fact
     * inserted logically, and a record's own hash would walk every value and text it holds.
     */
    @Override
    public int hashCode() {
        return 31 * seq() + 7;
    }
}
