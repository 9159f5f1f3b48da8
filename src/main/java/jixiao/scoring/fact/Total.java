package jixiao.scoring.fact;

import java.math.BigDecimal;
import jixiao.indicator.Decimals;

/** 60-total.drl: the weighted total over the groups that remain (null when no indicator group does) and how. */
public record Total(BigDecimal score, String explanation) {

    /** The total as every threshold test sees it: rounded to 2 decimals. */
    public BigDecimal rounded() {
        return Decimals.round2(score);
    }
}
