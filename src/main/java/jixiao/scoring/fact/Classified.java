package jixiao.scoring.fact;

import java.math.BigDecimal;
import jixiao.indicator.Decimals;
import jixiao.indicator.Op;
import jixiao.scoring.ScoringKind;
import jixiao.scoring.TargetKind;

/**
 * 10-classify.drl: how an indicator of a group is scored, against which target: by the comparator
 * {@code scoredOp} on the number {@code measured} (QUANTITATIVE), or by completion tiers (QUALITATIVE; with
 * {@code notQuantified} a tier word reported against a numeric target, §1.6).
 */
public record Classified(Indicator indicator, String group, Target target, ScoringKind kind, Op scoredOp,
                         BigDecimal measured, boolean notQuantified, Allocation allocation) {
    public int seq() {
        return indicator.seq();
    }

    /** The points its group's Allocation gives the indicator. */
    public BigDecimal points() {
        return allocation.pointsOf(indicator);
    }

    public Reported actual() {
        return indicator.actual();
    }

    /** B − A in the target's unit (for a range, from the end missed); null without a measured number. */
    public BigDecimal gap() {
        if (measured == null) {
            return null;
        }
        if (indicator.target().kind() == TargetKind.RANGE) {
            return measured.compareTo(target.low()) < 0 ? measured.subtract(target.low())
                    : measured.compareTo(target.high()) > 0 ? measured.subtract(target.high()) : BigDecimal.ZERO;
        }
        return target.value() == null ? null : measured.subtract(target.value());
    }

    /** (B − A) / |A| to 4 decimals; null when A = 0 or there is no gap. */
    public BigDecimal relativeGap() {
        BigDecimal gap = gap();
        if (gap == null) {
            return null;
        }
        BigDecimal base = indicator.target().kind() == TargetKind.RANGE
                ? (measured.compareTo(target.low()) < 0 ? target.low() : target.high()) : target.value();
        if (base == null || base.signum() == 0) {
            return null;
        }
        return Decimals.round4(Decimals.div(gap, base.abs()));
    }

    /** §3: by how much B exceeds A, as a percentage rounded to 2 decimals: (B − A) / A × 100. */
    public BigDecimal excessPercent() {
        return Decimals.round2(Decimals.mul(Decimals.div(measured.subtract(target.value()), target.value()),
                Decimals.HUNDRED));
    }

    /**
     * Hashed by the place of its indicator, as {@link Indicator} is: truth maintenance hashes each fact
     * inserted logically, and a record's own hash would walk every value and text it holds.
     */
    @Override
    public int hashCode() {
        return 31 * seq() + 2;
    }
}
