package jixiao.scoring.fact;

import java.math.BigDecimal;
import jixiao.scoring.Period;
import jixiao.tables.EqualsMode;
import jixiao.tables.ReverseMode;

/**
 * The settings of one evaluation: the period and month reported on, the scoring table's policy (its own
 * modes, else the tables'), the deviation thresholds and the monitoring bands (percent).
 *
 * @param halfYearValueMonth the month at which a declared half-year value replaces the full-year target
 */
public record Settings(Period period, int month, ReverseMode reverseMode, EqualsMode equalsMode,
                       BigDecimal targetTooLow, BigDecimal lowBudgetExecutionPercent,
                       BigDecimal scoreSpendMismatchPoints, BigDecimal redBelow, BigDecimal yellowBelow,
                       BigDecimal blueFrom, int halfYearValueMonth) {
}
