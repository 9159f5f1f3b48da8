package jixiao.storage;

import java.math.BigDecimal;
import jixiao.web.Fields;
import jixiao.web.JsonRequest;
import jixiao.web.Limits;
import jixiao.web.RequestProblem;

/**
 * {@code POST /api/v1/years/{year}/spot-checks}: the share of each unit's subjects to draw (0 to 1, at most
 * 4 decimals), the generator's seed (any whole number a Java {@code long} holds) and the stratification
 * ({@code "unit"}, also when absent).
 */
record SpotCheckRequest(@Fields.Decimal BigDecimal share, @Fields.Decimal BigDecimal seed, @Fields.Text String by)
        implements JsonRequest {
    private static final BigDecimal MIN_SEED = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal MAX_SEED = BigDecimal.valueOf(Long.MAX_VALUE);

    record Checked(BigDecimal share, long seed, SampleBy by) {
    }

    Checked check() {
        if (share == null) {
            throw new RequestProblem("MISSING_FIELD", "share is required: the share of each unit's subjects to draw,"
                    + " from 0 to 1", "share");
        }
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw Limits.invalid("share must be from 0 to 1 (0.2 draws a fifth of each unit's subjects)", "share");
        }
        if (share.stripTrailingZeros().scale() > 4) {
            throw Limits.invalid("share must have at most 4 decimals", "share");
        }
        if (seed == null) {
            throw new RequestProblem("MISSING_FIELD", "seed is required: the same seed draws the same sample", "seed");
        }
        if (seed.stripTrailingZeros().scale() > 0 || seed.compareTo(MIN_SEED) < 0 || seed.compareTo(MAX_SEED) > 0) {
            throw Limits.invalid("seed must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE, "seed");
        }
        SampleBy sampleBy = by == null ? SampleBy.UNIT : SampleBy.ofWord(by).orElseThrow(() -> Limits.invalid(
                "by must be \"unit\" (the sample is stratified by unit)", "by"));
        return new Checked(shown(share), seed.longValueExact(), sampleBy);
    }

    /** A share as the API shows it, however it was sent or stored: 0.2, 0.25, 1.0, 0.0. */
    static BigDecimal shown(BigDecimal share) {
        BigDecimal s = share.stripTrailingZeros();
        return s.setScale(Math.max(1, s.scale()));
    }
}
