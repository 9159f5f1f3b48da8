package jixiao.indicator;

import java.math.BigDecimal;

/** One row of the configurable unit list: a unit, the dimension it measures and its factor to the base. */
public record UnitDef(String unit, String dimension, BigDecimal factor) {
}
