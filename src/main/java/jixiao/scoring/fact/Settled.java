package jixiao.scoring.fact;

import java.math.BigDecimal;
import jixiao.indicator.Op;
import jixiao.scoring.ScoringKind;
import jixiao.scoring.Status;

/**
 * 40-claims.drl: an indicator's score once its claim (自评分) is weighed: the score, the rule that gave it
 * and the explanation with what became of the claim. Every indicator of a group is settled once.
 */
public record Settled(Score scored, BigDecimal score, String rule, String explanation) {
    public int seq() {
        return scored.seq();
    }

    public Indicator indicator() {
        return scored.indicator();
    }

    public String group() {
        return scored.group();
    }

    public Status status() {
        return scored.status();
    }

    public BigDecimal points() {
        return scored.points();
    }

    /** How it was scored; null for an indicator that could not be. */
    public Classified how() {
        return scored.how();
    }

    public ScoringKind kind() {
        return scored.kind();
    }

    public Op scoredOp() {
        return scored.scoredOp();
    }

    public boolean isNotQuantified() {
        return scored.how() != null && scored.how().notQuantified();
    }

    /** Whether it reached a tier: ACHIEVED, PARTIAL or UNMET (not MISSING, not INVALID). */
    public boolean isScored() {
        return scored.how() != null;
    }

    public BigDecimal gap() {
        return scored.how() == null ? null : scored.how().gap();
    }

    public BigDecimal relativeGap() {
        return scored.how() == null ? null : scored.how().relativeGap();
    }

    /**
     * Hashed by the place of its indicator, as {@link Indicator} is: truth maintenance hashes each fact
     * inserted logically, and a record's own hash would walk every value and text it holds.
     */
    @Override
    public int hashCode() {
        return 31 * seq() + 4;
    }
}
