package jixiao.indicator;

import java.math.BigDecimal;

/** A target or actual value after parsing (spec §1.2): one of a few kinds. */
public sealed interface IndicatorValue {

    /** The text the value was read from (as sent, before normalisation). */
    String text();

    /** Nothing was given: null, blank, {@code /}, {@code —}, {@code -}. */
    record Empty(String text) implements IndicatorValue {
    }

    /**
     * A number with an optional comparator and unit. {@code op} is the comparator written or, when
     * none was written, the inferred one ({@code inferred} true, {@code inferredReason} says why).
     * {@code impliedOp} is what §1.5 infers for the indicator whatever was written: the direction a
     * directional {@code =} is scored in.
     */
    record Quantity(Op op, BigDecimal value, Unit unit, String description, boolean inferred,
                    String inferredReason, Op impliedOp, String impliedReason, String text)
            implements IndicatorValue {

        public Quantity withUnit(Unit newUnit) {
            return new Quantity(op, value, newUnit, description, inferred, inferredReason, impliedOp,
                    impliedReason, text);
        }
    }

    /** {@code low ≤ x ≤ high}. */
    record Range(BigDecimal low, BigDecimal high, Unit unit, String text) implements IndicatorValue {
        public Range withUnit(Unit newUnit) {
            return new Range(low, high, newUnit, text);
        }
    }

    /** A qualitative term: the whole normalised text. */
    record Term(String term, String text) implements IndicatorValue {
    }

    /**
     * A text holding a number no form states and the parser will not build (beyond ±10^15, an
     * exponent, an endless fraction): neither a number nor a term, so it is never scored (§1.1, api.md).
     */
    record Unreadable(String normalised, String text) implements IndicatorValue {
    }

    /** An explicit completion tier word in an actual ({@code 部分达成年度指标并具有一定效果}). */
    record Tier(CompletionTier tier, String term, String text) implements IndicatorValue {
    }
}
