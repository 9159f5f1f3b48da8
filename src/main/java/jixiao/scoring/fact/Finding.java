package jixiao.scoring.fact;

import jixiao.scoring.FindingType;
import jixiao.scoring.Severity;

/**
 * 05-review.drl: something the target review found, with the severity the tables give its kind, the rule
 * that found it and a Chinese explanation; {@code seq} is the indicator it is about (null: the declaration).
 */
public record Finding(FindingType type, Severity severity, Integer seq, String indicatorId, String level3,
                      String message, String rule) {
}
