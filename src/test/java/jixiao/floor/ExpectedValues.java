package jixiao.floor;

import java.math.BigDecimal;
import java.util.List;
import jixiao.indicator.Decimals;
import jixiao.indicator.Unit;

/**
 * Spec §5, before anything is scored at mid-year: the value expected by month m replaces the target —
 * the declared half-year value at month 6; else, for quantities that accumulate (declared cumulative, a
 * unit of the cumulative list, any {@code /年} unit), the full-year target × m/12; else the target itself.
 */
final class ExpectedValues {
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private final List<String> cumulativeUnits;

    ExpectedValues(List<String> cumulativeUnits) {
        this.cumulativeUnits = List.copyOf(cumulativeUnits);
    }

    void expect(Row row, int month) {
        Reading r = row.reading;
        Reading.HalfYear half = r.halfYear();
        boolean declaredAt6 = month == 6 && half != null;
        if (r.targetKind() == Reading.TargetKind.TERM) {
            if (declaredAt6 && half.term() != null) {
                row.reading = r.withTarget(null, null, null, half.term());
            }
            return;
        }
        if (!r.targetKind().isNumeric()) {
            return;
        }
        row.cumulative = cumulative(row.declared.cumulative(), r.unit());
        if (declaredAt6 && half.a() != null && r.targetKind() == Reading.TargetKind.QUANTITY) {
            row.expected = half.a();
            row.reading = r.withTarget(half.a(), null, null, null);
        } else if (row.cumulative) {
            row.expected = proRata(r.a(), month);
            row.reading = r.withTarget(row.expected, proRata(r.low(), month), proRata(r.high(), month), null);
        } else {
            row.expected = r.a();
        }
    }

    private boolean cumulative(Boolean declared, Unit unit) {
        if (declared != null) {
            return declared;
        }
        return unit != null && (unit.perYear() || (unit.period() == null && cumulativeUnits.contains(unit.label())));
    }

    private static BigDecimal proRata(BigDecimal full, int month) {
        return full == null ? null : Decimals.div(Decimals.mul(full, BigDecimal.valueOf(month)), TWELVE);
    }
}
