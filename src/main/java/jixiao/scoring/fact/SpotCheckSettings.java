package jixiao.scoring.fact;

import java.math.BigDecimal;

/** 95-review-comparison.drl: the tables' threshold (scoring.yml spotChecks.inflatedPoints), in points. */
public record SpotCheckSettings(BigDecimal inflatedPoints) {
}
