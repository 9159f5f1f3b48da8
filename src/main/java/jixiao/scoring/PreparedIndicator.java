package jixiao.scoring;

import jixiao.indicator.IndicatorValue;

/** An indicator's fact with the values it was read from, kept to show them in the result. */
record PreparedIndicator(IndicatorFact fact, IndicatorValue target, IndicatorValue actual,
                         Inputs.ReportedActual reported) {
}
