package jixiao.scoring.fact;

import java.math.BigDecimal;
import jixiao.scoring.DeviationType;
import jixiao.scoring.Severity;

/**
 * A deviation (偏差, spec §4) a rule raised, with the severity the tables give its type; {@code seq} places an
 * indicator's deviations with it (null: the assessment's, listed last).
 */
public record Deviation(DeviationType type, Severity severity, Integer seq, String indicatorId, String level3,
                        BigDecimal gap, BigDecimal relativeGap, String message, String rule) {
}
