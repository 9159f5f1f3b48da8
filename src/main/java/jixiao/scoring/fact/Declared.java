package jixiao.scoring.fact;

import java.math.BigDecimal;
import jixiao.indicator.Op;
import jixiao.scoring.TargetKind;
import jixiao.tables.EqualsMode;

/**
 * The target of an indicator as declared and read (spec §1): numbers already in the unit shown, the half-year
 * value converted into it.
 *
 * @param op         the comparator written or inferred (BETWEEN for a range); null for a wording
 * @param impliedOp  the comparator §1.5 infers for the indicator whatever was written
 * @param value      a quantity's number; low and high a range's ends
 * @param term       a wording's normalised text
 * @param unit       the unit shown with the target's numbers (the actual's when the target names none)
 * @param shown      the target as explanations show it: {@code ≥99.5%}, {@code “健全”}
 * @param cumulative whether the declaration says the quantity adds up over the year (null: not said)
 * @param unitLabel  the unit without its period ({@code 次} of {@code 次/月}); unitPeriod that period
 * @param perYear    whether the unit is per year ({@code /年})
 * @param points     the points declared for the indicator (null: a share of its group's weight)
 */
public record Declared(TargetKind kind, Op op, Op impliedOp, BigDecimal value, BigDecimal low, BigDecimal high,
                       String term, String unit, String shown, BigDecimal halfYearValue, String halfYearTerm,
                       Boolean cumulative, String unitLabel, String unitPeriod, boolean perYear, BigDecimal points) {

    /** A quantity or a range: a target the comparator formulas can score. */
    public boolean isNumeric() {
        return kind == TargetKind.QUANTITY || kind == TargetKind.RANGE;
    }

    /** §1.5: the comparator scored; an explicit {@code =} in the direction the indicator implies unless the policy is strict. */
    public Op scoredOp(EqualsMode mode) {
        return op == Op.EQ && mode == EqualsMode.DIRECTIONAL ? impliedOp : op;
    }
}
