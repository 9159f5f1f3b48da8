package jixiao.floor;

import java.math.BigDecimal;
import java.util.List;
import jixiao.indicator.Decimals;
import jixiao.indicator.Op;

/**
 * Spec §4 at year end: each indicator's deviations from its status — a shortfall by its comparator (or
 * qualitative), a missing reason, a missing actual, the cause of an invalid one, a tier word where a
 * number was asked for, an achieved target far exceeded or met only at a strict boundary — and the
 * assessment's high self-score on money not spent.
 */
final class YearEndDeviations {
    private final BigDecimal targetTooLowPercent;
    private final BigDecimal mismatchPoints;

    YearEndDeviations(BigDecimal targetTooLow, BigDecimal mismatchPoints) {
        this.targetTooLowPercent = Decimals.mul(targetTooLow, Decimals.HUNDRED);
        this.mismatchPoints = mismatchPoints;
    }

    void ofIndicator(Row row, List<Deviation> out) {
        String id = row.declared.id();
        switch (row.status) {
            case MISSING -> out.add(new Deviation(Deviation.Type.MISSING_ACTUAL, id));
            case INVALID -> out.add(new Deviation(row.cause, id));
            case ACHIEVED -> achieved(row, id, out);
            case PARTIAL, UNMET -> {
                out.add(new Deviation(shortfall(row), id));
                if (!row.reasonGiven) {
                    out.add(new Deviation(Deviation.Type.MISSING_REASON, id));
                }
            }
            case NOT_APPLICABLE -> {
                return;
            }
        }
        if (row.notQuantified && row.status != Status.INVALID && row.status != Status.MISSING) {
            out.add(new Deviation(Deviation.Type.ACTUAL_NOT_QUANTIFIED, id));
        }
    }

    private void achieved(Row row, String id, List<Deviation> out) {
        if (row.kind != Row.Kind.QUANTITATIVE) {
            return;
        }
        BigDecimal a = row.reading.a();
        BigDecimal b = row.b;
        if ((row.scoredOp == Op.GE || row.scoredOp == Op.GT) && a.signum() > 0) {
            BigDecimal excess = Decimals.round2(Decimals.mul(Decimals.div(b.subtract(a), a), Decimals.HUNDRED));
            if (excess.compareTo(targetTooLowPercent) >= 0) {
                out.add(new Deviation(Deviation.Type.TARGET_TOO_LOW, id));
            }
        }
        Op written = row.reading.op();
        if ((written == Op.GT || written == Op.LT) && b.compareTo(a) == 0) {
            out.add(new Deviation(Deviation.Type.STRICT_BOUNDARY, id));
        }
    }

    /** The shortfall of a target's comparator; a qualitative target's own, unless a tier stood for a number. */
    private static Deviation.Type shortfall(Row row) {
        if (row.kind == Row.Kind.QUALITATIVE && !row.notQuantified) {
            return Deviation.Type.QUALITATIVE_SHORTFALL;
        }
        return switch (row.scoredOp) {
            case GE, GT -> Deviation.Type.BELOW_TARGET;
            case LE, LT -> Deviation.Type.ABOVE_LIMIT;
            case EQ, BETWEEN -> Deviation.Type.OFF_TARGET;
        };
    }

    /**
     * SCORE_SPEND_MISMATCH: 100 × Σ scores ÷ Σ points of the indicators that hold points, less
     * min(100, rate %), both at 2 decimals, above the threshold; only with a rate and points.
     */
    void scoreSpendMismatch(Row[] rows, BigDecimal rate, List<Deviation> out) {
        if (rate == null) {
            return;
        }
        BigDecimal scores = BigDecimal.ZERO;
        BigDecimal points = BigDecimal.ZERO;
        for (Row row : rows) {
            if (row.points != null && row.score != null) {
                scores = scores.add(row.score);
                points = points.add(row.points);
            }
        }
        if (points.signum() <= 0) {
            return;
        }
        BigDecimal scoreRate = Decimals.round2(Decimals.div(Decimals.mul(scores, Decimals.HUNDRED), points));
        BigDecimal spendRate = Decimals.round2(Decimals.mul(rate, Decimals.HUNDRED).min(Decimals.HUNDRED));
        if (scoreRate.subtract(spendRate).compareTo(mismatchPoints) > 0) {
            out.add(new Deviation(Deviation.Type.SCORE_SPEND_MISMATCH, null));
        }
    }
}
