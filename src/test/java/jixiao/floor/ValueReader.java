package jixiao.floor;

import java.math.BigDecimal;
import java.util.Objects;
import jixiao.indicator.CompletionTier;
import jixiao.indicator.Decimals;
import jixiao.indicator.IndicatorContext;
import jixiao.indicator.IndicatorValue;
import jixiao.indicator.Normaliser;
import jixiao.indicator.Op;
import jixiao.indicator.Unit;
import jixiao.indicator.ValueParser;
import jixiao.scoring.Inputs;

/**
 * Reads a declared indicator's target and its matched actual (spec §1) with the shared value parser,
 * and puts the actual into the target's unit (§1.4): a side without a unit takes the other's, an
 * actual without a period takes the target's, and units that still differ are a mismatch.
 */
final class ValueReader {
    private final ValueParser parser;

    ValueReader(ValueParser parser) {
        this.parser = parser;
    }

    /** @param halfYear whether the declared half-year target is read too (§5) */
    Reading read(Inputs.DeclaredIndicator declared, Inputs.ReportedActual reported, boolean halfYear) {
        IndicatorContext ctx = new IndicatorContext(declared.level1(), declared.level2(), declared.level3(),
                declared.unit());
        IndicatorValue target = declared.target() == null ? null : value(declared.target(), ctx, false);
        if (target == null || target instanceof IndicatorValue.Empty) {
            return Reading.NO_TARGET;
        }
        IndicatorValue actual = reported == null || reported.actual() == null ? null
                : value(reported.actual(), ctx, true);

        Unit targetUnit = unitOf(target);
        Unit actualUnit = actual == null ? null : unitOf(actual);
        if (targetUnit == null) {
            targetUnit = actualUnit;
        }
        boolean mismatch = false;
        BigDecimal b = null;
        if (actualUnit != null && targetUnit != null) {
            String period = actualUnit.period() == null ? targetUnit.period() : actualUnit.period();
            mismatch = !actualUnit.dimension().equals(targetUnit.dimension())
                    || !Objects.equals(period, targetUnit.period());
        }
        if (actual instanceof IndicatorValue.Quantity q && !mismatch) {
            b = convert(q.value(), actualUnit, targetUnit);
        }
        Reading.HalfYear half = halfYear && declared.halfYearTarget() != null
                ? halfYear(value(declared.halfYearTarget(), ctx, false), targetUnit) : null;
        Reading.ActualKind actualKind = actualKind(actual);
        String actualTerm = actualTerm(actual);
        CompletionTier tier = actual instanceof IndicatorValue.Tier t ? t.tier() : null;
        if (target instanceof IndicatorValue.Quantity q) {
            return new Reading(Reading.TargetKind.QUANTITY, q.op(), q.impliedOp(), q.value(), null, null, null,
                    actualKind, b, mismatch, actualTerm, tier, targetUnit, half);
        }
        if (target instanceof IndicatorValue.Range r) {
            return new Reading(Reading.TargetKind.RANGE, Op.BETWEEN, Op.BETWEEN, null, r.low(), r.high(), null,
                    actualKind, b, mismatch, actualTerm, tier, targetUnit, half);
        }
        if (target instanceof IndicatorValue.Unreadable) {
            return new Reading(Reading.TargetKind.UNREADABLE, null, null, null, null, null, null,
                    actualKind, b, mismatch, actualTerm, tier, targetUnit, half);
        }
        String term = target instanceof IndicatorValue.Tier t ? t.term() : ((IndicatorValue.Term) target).term();
        return new Reading(Reading.TargetKind.TERM, null, null, null, null, null, term,
                actualKind, b, mismatch, actualTerm, tier, targetUnit, half);
    }

    /** A half-year number in the target's unit (none when the units cannot be compared), or a term. */
    private static Reading.HalfYear halfYear(IndicatorValue v, Unit targetUnit) {
        if (v instanceof IndicatorValue.Quantity h) {
            Unit unit = h.unit() == null ? targetUnit : h.unit();
            boolean comparable = unit == null || targetUnit == null
                    || (unit.dimension().equals(targetUnit.dimension()) && Objects.equals(unit.period(), targetUnit.period()));
            return new Reading.HalfYear(comparable ? convert(h.value(), unit, targetUnit) : null, null);
        }
        return v instanceof IndicatorValue.Term t ? new Reading.HalfYear(null, t.term()) : null;
    }

    private static Reading.ActualKind actualKind(IndicatorValue actual) {
        if (actual == null || actual instanceof IndicatorValue.Empty) {
            return Reading.ActualKind.NONE;
        }
        if (actual instanceof IndicatorValue.Quantity) {
            return Reading.ActualKind.NUMBER;
        }
        if (actual instanceof IndicatorValue.Tier) {
            return Reading.ActualKind.TIER;
        }
        return actual instanceof IndicatorValue.Unreadable ? Reading.ActualKind.UNREADABLE : Reading.ActualKind.TERM;
    }

    /** The actual's words: a term, a tier word, or a range's normalised text. */
    private static String actualTerm(IndicatorValue actual) {
        if (actual instanceof IndicatorValue.Term t) {
            return t.term();
        }
        if (actual instanceof IndicatorValue.Tier t) {
            return t.term();
        }
        return actual instanceof IndicatorValue.Range r ? Normaliser.normalise(r.text()) : null;
    }

    /** A value as sent: text through the parser (tier words only in actuals), or structured fields. */
    private IndicatorValue value(Inputs.ValueSpec spec, IndicatorContext ctx, boolean actual) {
        if (spec instanceof Inputs.ValueSpec.Text t) {
            return actual ? parser.parseActual(t.text(), ctx) : parser.parseTarget(t.text(), ctx);
        }
        Inputs.ValueSpec.Structured s = (Inputs.ValueSpec.Structured) spec;
        if (s.term() != null) {
            return parser.parseTarget(s.term(), ctx) instanceof IndicatorValue.Term t
                    ? t : new IndicatorValue.Term(Normaliser.normalise(s.term()), s.term());
        }
        String unit = s.unit() == null ? "" : s.unit();
        if (s.op() == Op.BETWEEN) {
            return parser.range(s.low(), s.high(), s.unit(), ctx,
                    s.low().toPlainString() + "~" + s.high().toPlainString() + unit);
        }
        String text = (s.op() == null ? "" : s.op().symbol()) + s.value().toPlainString() + unit;
        return parser.quantity(s.op(), s.value(), s.unit(), ctx, text);
    }

    private static Unit unitOf(IndicatorValue v) {
        if (v instanceof IndicatorValue.Quantity q) {
            return q.unit();
        }
        return v instanceof IndicatorValue.Range r ? r.unit() : null;
    }

    /** A value in unit {@code from} expressed in unit {@code to}; the same number when either is unknown. */
    private static BigDecimal convert(BigDecimal value, Unit from, Unit to) {
        if (from == null || to == null || from.factor().compareTo(to.factor()) == 0) {
            return value;
        }
        return Decimals.div(Decimals.mul(value, from.factor()), to.factor());
    }
}
