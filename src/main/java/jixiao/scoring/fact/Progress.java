package jixiao.scoring.fact;

import java.math.BigDecimal;
import jixiao.indicator.Decimals;

/** 80-progress.drl, at mid-year: a quantitative indicator's actual as a percentage of the value expected by the month. */
public record Progress(Settled settled, BigDecimal percent) {
    public int seq() {
        return settled.seq();
    }

    /** Progress as every light band sees it: rounded to 2 decimals. */
    public BigDecimal rounded() {
        return Decimals.round2(percent);
    }
}
