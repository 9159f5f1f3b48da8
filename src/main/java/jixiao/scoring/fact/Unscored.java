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

    /**
     * Hashed by the place of its indicator, as {@link Indicator} is: truth maintenance hashes each fact
     * inserted logically, and a record's own hash would walk every value and text it holds.
     */
    @Override
    public int hashCode() {
        return 31 * seq() + 5;
    }
}
