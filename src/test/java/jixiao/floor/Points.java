package jixiao.floor;

import java.math.BigDecimal;
import java.util.List;
import jixiao.indicator.Decimals;

/**
 * Spec §3: the points of each scored indicator inside its group of weight W. Explicit points are kept
 * (E their sum) and the n others share W − E equally; where that cannot work (E ≥ W with n > 0, or all
 * explicit and E ≠ W) each takes its explicit points or W/N, the group is scaled by W / Σ, and
 * POINTS_ADJUSTED is raised.
 */
final class Points {
    private Points() {
    }

    static void allocate(ScoringTable table, Row[] rows, List<Deviation> deviations) {
        for (ScoringTable.Group g : table.groups) {
            if (!g.budget()) {
                allocate(g, rows, deviations);
            }
        }
    }

    private static void allocate(ScoringTable.Group g, Row[] rows, List<Deviation> deviations) {
        BigDecimal explicit = BigDecimal.ZERO;
        int members = 0;
        int implicit = 0;
        for (Row row : rows) {
            if (row.group == g && row.isScored()) {
                members++;
                BigDecimal p = row.declared.points();
                if (p == null) {
                    implicit++;
                } else {
                    explicit = explicit.add(p);
                }
            }
        }
        if (members == 0) {
            return;
        }
        BigDecimal w = g.weight();
        boolean fits = implicit > 0 ? explicit.compareTo(w) < 0 : explicit.compareTo(w) == 0;
        if (fits) {
            BigDecimal share = implicit == 0 ? BigDecimal.ZERO
                    : Decimals.div(w.subtract(explicit), BigDecimal.valueOf(implicit));
            for (Row row : rows) {
                if (row.group == g && row.isScored()) {
                    row.points = row.declared.points() != null ? row.declared.points() : share;
                }
            }
            return;
        }
        BigDecimal even = Decimals.div(w, BigDecimal.valueOf(members));
        BigDecimal sum = explicit.add(even.multiply(BigDecimal.valueOf(implicit)));
        for (Row row : rows) {
            if (row.group == g && row.isScored()) {
                BigDecimal raw = row.declared.points() != null ? row.declared.points() : even;
                if (sum.signum() == 0) {
                    row.points = even;
                } else {
                    row.points = Decimals.div(Decimals.mul(raw, w), sum);
                    row.scaledTo = w;
                    row.scaledFrom = sum;
                }
            }
        }
        deviations.add(new Deviation(Deviation.Type.POINTS_ADJUSTED, null));
    }
}
