package jixiao.scoring;

import java.math.BigDecimal;
import jixiao.indicator.Decimals;
import jixiao.tables.Policy;

/** A completion tier's band (spec §2.2) on an indicator's points: its edges rounded to 2 decimals. */
public record ClaimBand(BigDecimal low, BigDecimal high, boolean inclusive) {

    public static ClaimBand of(Policy.TierBand band, BigDecimal points) {
        return new ClaimBand(Decimals.round2(Decimals.mul(band.from(), points)),
                Decimals.round2(Decimals.mul(band.to(), points)), band.toInclusive());
    }

    /** Whether a claim as tested (rounded to 2 decimals) lies in the band. */
    public boolean holds(BigDecimal tested) {
        int high = tested.compareTo(this.high);
        return tested.compareTo(low) >= 0 && (inclusive ? high <= 0 : high < 0);
    }

    /** {@code [8, 10]} or {@code [6, 8)}. */
    public String text() {
        return "[" + Decimals.plain(low) + ", " + Decimals.plain(high) + (inclusive ? "]" : ")");
    }
}
