package jixiao.floor;

import java.math.BigDecimal;
import java.util.List;
import jixiao.indicator.Op;

/**
 * Spec §5 deviations: a lagging light (RED, YELLOW) raises LAGGING_PROGRESS and, without a reason,
 * MISSING_REASON; a BLUE one TARGET_TOO_LOW; spending likewise (SPENDING_BEHIND_SCHEDULE). Missing and
 * invalid actuals keep their own deviation only; a strict boundary and a tier word where a number was
 * asked for are raised as at year end. No shortfall, low-execution or score/spend deviations.
 */
final class MidYearDeviations {
    private MidYearDeviations() {
    }

    static void ofIndicator(Row row, List<Deviation> out) {
        String id = row.declared.id();
        switch (row.status) {
            case NOT_APPLICABLE -> {
                return;
            }
            case MISSING -> out.add(new Deviation(Deviation.Type.MISSING_ACTUAL, id));
            case INVALID -> out.add(new Deviation(row.cause, id));
            default -> {
                if (row.light.isLagging()) {
                    out.add(new Deviation(Deviation.Type.LAGGING_PROGRESS, id));
                    if (!row.reasonGiven) {
                        out.add(new Deviation(Deviation.Type.MISSING_REASON, id));
                    }
                }
                if (row.notQuantified) {
                    out.add(new Deviation(Deviation.Type.ACTUAL_NOT_QUANTIFIED, id));
                }
                if (row.status == Status.ACHIEVED && row.kind == Row.Kind.QUANTITATIVE
                        && (row.reading.op() == Op.GT || row.reading.op() == Op.LT)
                        && row.b.compareTo(row.reading.a()) == 0) {
                    out.add(new Deviation(Deviation.Type.STRICT_BOUNDARY, id));
                }
            }
        }
        if (row.light == Light.BLUE) {
            out.add(new Deviation(Deviation.Type.TARGET_TOO_LOW, id));
        }
    }

    static void ofSpending(BigDecimal rate, Light light, boolean reasonGiven, List<Deviation> out) {
        if (rate == null || light == null) {
            return;
        }
        if (light.isLagging()) {
            out.add(new Deviation(Deviation.Type.SPENDING_BEHIND_SCHEDULE, null));
            if (!reasonGiven) {
                out.add(new Deviation(Deviation.Type.MISSING_REASON, null));
            }
        } else if (light == Light.BLUE) {
            out.add(new Deviation(Deviation.Type.TARGET_TOO_LOW, null));
        }
    }
}
