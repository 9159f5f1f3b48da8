package jixiao.floor;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jixiao.indicator.CompletionTier;
import jixiao.indicator.Decimals;
import jixiao.tables.Policy;

/**
 * Spec §2.2: a claimed score, on the form's points (scaled by W / Σ where the group was scaled) and
 * tested at 2 decimals. Inside its tier's band (edges rounded to 2 decimals) a qualitative claim is
 * the score, unrounded; outside it SCORE_OUT_OF_BAND. A quantitative claim above the computed score
 * raises SCORE_OVERCLAIMED and changes nothing. Claims on missing or invalid indicators are ignored.
 */
final class Claims {
    private final Map<CompletionTier, Policy.TierBand> bands;

    Claims(Map<CompletionTier, Policy.TierBand> bands) {
        this.bands = new EnumMap<>(bands);
    }

    void settle(Row row, List<Deviation> deviations) {
        if (row.claimed == null || row.status == Status.MISSING || row.status == Status.INVALID) {
            return;
        }
        BigDecimal claim = onPoints(row);
        String id = row.declared.id();
        if (row.kind == Row.Kind.QUALITATIVE) {
            if (inBand(Decimals.round2(claim), bands.get(row.tier), row.points)) {
                row.score = Decimals.clamp(claim, row.points);
            } else {
                deviations.add(new Deviation(Deviation.Type.SCORE_OUT_OF_BAND, id));
            }
        } else if (Decimals.round2(claim).compareTo(Decimals.round2(row.score)) > 0) {
            deviations.add(new Deviation(Deviation.Type.SCORE_OVERCLAIMED, id));
        }
    }

    /** The tier's default share of the points: the score when no claim is accepted. */
    BigDecimal defaultScore(CompletionTier tier, BigDecimal points) {
        return Decimals.mul(points, bands.get(tier).score());
    }

    private static BigDecimal onPoints(Row row) {
        if (row.scaledTo == null || row.scaledFrom == null || row.scaledFrom.signum() == 0) {
            return row.claimed;
        }
        return Decimals.div(Decimals.mul(row.claimed, row.scaledTo), row.scaledFrom);
    }

    private static boolean inBand(BigDecimal tested, Policy.TierBand band, BigDecimal w) {
        int high = tested.compareTo(Decimals.round2(Decimals.mul(band.to(), w)));
        return tested.compareTo(Decimals.round2(Decimals.mul(band.from(), w))) >= 0
                && (band.toInclusive() ? high <= 0 : high < 0);
    }
}
