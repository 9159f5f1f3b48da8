package jixiao.scoring.fact;

import jixiao.scoring.DeviationType;
import jixiao.scoring.Status;

/**
 * Why an indicator is not scored (10-classify.drl, or 30-qualitative.drl for wordings no scale compares):
 * NOT_APPLICABLE, MISSING or INVALID, the deviation type of its cause (INVALID), and the rule and reason.
 * In a group ({@code group} not null) it keeps its points and scores 0 (35-unscorable.drl).
 */
public record Unscored(Indicator indicator, String group, Status status, DeviationType cause, String rule,
                       String explanation) {
    public int seq() {
        return indicator.seq();
    }
}
