package jixiao.floor;

import java.math.BigDecimal;
import jixiao.indicator.CompletionTier;
import jixiao.indicator.Op;
import jixiao.indicator.Unit;

/**
 * A declared indicator's values as read (spec §1): the target's kind, comparator and numbers, and the
 * actual's kind with its number already in the target's unit (§1.4) or its normalised words.
 *
 * @param op        the comparator written (or inferred, §1.5); BETWEEN for a range
 * @param impliedOp what §1.5 infers for the indicator: the direction of a directional {@code =}
 * @param b         the actual's number in the target's unit; null unless the actual is a comparable number
 * @param unit      the target's unit (or the actual's, where the target has none)
 * @param halfYear  the declared half-year target (§5), read only for a half-year assessment; null without one
 */
record Reading(TargetKind targetKind, Op op, Op impliedOp, BigDecimal a, BigDecimal low, BigDecimal high,
               String targetTerm, ActualKind actualKind, BigDecimal b, boolean unitMismatch, String actualTerm,
               CompletionTier tier, Unit unit, HalfYear halfYear) {

    /** A row without a target: nothing else about it is read (§3, NOT_APPLICABLE). */
    static final Reading NO_TARGET = new Reading(TargetKind.NONE, null, null, null, null, null, null,
            ActualKind.NONE, null, false, null, null, null, null);

    /** The half-year value declared beside the target: a number in the target's unit, or a term. */
    record HalfYear(BigDecimal a, String term) {
    }

    /** The same reading scored against another target (the value expected at mid-year, §5). */
    Reading withTarget(BigDecimal newA, BigDecimal newLow, BigDecimal newHigh, String newTerm) {
        return new Reading(targetKind, op, impliedOp, newA, newLow, newHigh, newTerm, actualKind, b, unitMismatch,
                actualTerm, tier, unit, halfYear);
    }

    enum TargetKind {
        NONE, QUANTITY, RANGE, TERM, UNREADABLE;

        boolean isNumeric() {
            return this == QUANTITY || this == RANGE;
        }
    }

    /** A range reported as an actual reads as words (it states no single number). */
    enum ActualKind {
        NONE, NUMBER, TERM, TIER, UNREADABLE
    }
}
