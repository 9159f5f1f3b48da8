package jixiao.scoring.fact;

import java.math.BigDecimal;

/**
 * 05-review.drl: what the same subject achieved for an indicator of the same name in the year before, read
 * from its stored year-end evaluation (review of a stored declaration only).
 *
 * @param value     the actual in {@code unitShown}, the unit of that year's target as shown
 * @param shown     the actual as it was reported
 */
public record LastYear(String nameKey, int year, BigDecimal value, String unitShown, String shown) {
}
