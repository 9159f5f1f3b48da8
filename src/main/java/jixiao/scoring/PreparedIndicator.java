package jixiao.scoring;

import jixiao.indicator.IndicatorValue;
import jixiao.scoring.fact.Indicator;

/** An indicator's input fact with the values it was read from, kept to show them in the result. */
record PreparedIndicator(Indicator fact, IndicatorValue target, IndicatorValue actual,
                         Inputs.ReportedActual reported) {
}
