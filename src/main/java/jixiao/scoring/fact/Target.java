package jixiao.scoring.fact;

import java.math.BigDecimal;

/**
 * 12-expected.drl: the target an indicator is scored against, in the declared target's unit: the declared
 * target at year end; at mid-year the value expected by the month (the declared half-year value, pro rata,
 * or the full-year target), with {@code expected} the value shown as expected.
 */
public record Target(int seq, BigDecimal value, BigDecimal low, BigDecimal high, String term, String shown,
                     BigDecimal expected) {
}
