package jixiao.scoring.fact;

import java.math.BigDecimal;

/** 85-spending.drl, at mid-year: the share of the budget (percent) the spending plan expects spent by the month. */
public record PlannedShare(BigDecimal percent) {
}
