package jixiao.indicator;

import java.math.BigDecimal;

/**
 * A unit as read from a value: its label as written ({@code 万公里}), the dimension it measures
 * (named by the dimension's base unit, {@code 公里}), the factor to that base, and an optional
 * period ({@code /季度}). A {@code /年} period is not kept as a period but marks a yearly total.
 */
public record Unit(String label, String dimension, BigDecimal factor, String period, boolean perYear) {

    /** How the unit is shown: the label and any period kept. */
    public String display() {
        return period == null ? label : label + period;
    }

    /** Same dimension and same period: a value in one can be converted into the other. */
    public boolean comparableWith(Unit other) {
        return dimension.equals(other.dimension)
                && java.util.Objects.equals(period, other.period);
    }

    /** This unit with another period, for an actual that takes the target's period. */
    public Unit withPeriod(String newPeriod) {
        return new Unit(label, dimension, factor, newPeriod, perYear);
    }
}
