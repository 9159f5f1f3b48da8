package jixiao.scoring.fact;

import java.math.BigDecimal;

/**
 * 60-total.drl: a group's score, the sum of its indicators' (or the budget execution's), and for an indicator
 * group the sum of its indicators' points; null when it drops out.
 */
public record GroupScore(String name, BigDecimal weight, boolean budget, int order, BigDecimal score,
                         BigDecimal points) {
}
