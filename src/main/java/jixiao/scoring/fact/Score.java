package jixiao.scoring.fact;

import java.math.BigDecimal;
import java.util.List;
import jixiao.indicator.CompletionTier;
import jixiao.indicator.Decimals;
import jixiao.indicator.Op;
import jixiao.scoring.ScoringKind;
import jixiao.scoring.Status;

/**
 * 20-quantitative, 30-qualitative, 35-unscorable.drl: an indicator's points and the score it earns on them,
 * with the rule that gave it and why; {@code how} is its classification (null for an indicator that could
 * not be scored), {@code tier} the completion tier it was scored by (qualitative).
 */
public record Score(Indicator indicator, String group, Classified how, Allocation allocation, BigDecimal points,
                    Status status, BigDecimal score, CompletionTier tier, String rule, String explanation) {

    /** The score of a classified indicator on the points {@code points} its group's allocation gives it. */
    public static Score of(Classified how, BigDecimal points, Status status, BigDecimal score,
                           CompletionTier tier, String rule, String explanation) {
        return new Score(how.indicator(), how.group(), how, how.allocation(), points, status, score, tier, rule, explanation);
    }

    public int seq() {
        return indicator.seq();
    }

    public ScoringKind kind() {
        return how == null ? null : how.kind();
    }

    public Op scoredOp() {
        return how == null ? null : how.scoredOp();
    }

    /** Σ of the points of these Scores. */
    public static BigDecimal totalPoints(List<?> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Object o : scores) {
            sum = sum.add(((Score) o).points());
        }
        return sum;
    }

    public boolean isNotQuantified() {
        return how != null && how.notQuantified();
    }

    /** Whether it reached a tier: ACHIEVED, PARTIAL or UNMET (not MISSING, not INVALID). */
    public boolean isScored() {
        return how != null;
    }

    public BigDecimal gap() {
        return how == null ? null : how.gap();
    }

    public BigDecimal relativeGap() {
        return how == null ? null : how.relativeGap();
    }

    public BigDecimal claimed() {
        return indicator.actual().claimed();
    }

    /** §2.2: the claim on the form's points, scaled with its group by W ÷ Σ where the group was scaled; null without a claim. */
    public BigDecimal claimOnPoints() {
        BigDecimal to = allocation.scaledTo();
        BigDecimal claimed = claimed();
        return claimed == null || to == null ? claimed : Decimals.div(Decimals.mul(claimed, to), allocation.scaledFrom());
    }

    /** The (scaled) claim as every claim test sees it: rounded to 2 decimals. */
    public BigDecimal claimTested() {
        return Decimals.round2(claimOnPoints());
    }

    /** Whether the claim was scaled with its group (W ≠ Σ). */
    public boolean isClaimScaled() {
        return claimed() != null && allocation.scaledTo() != null
                && allocation.scaledTo().compareTo(allocation.scaledFrom()) != 0;
    }

    /**
     * Hashed by the place of its indicator, as {@link Indicator} is: truth maintenance hashes each fact
     * inserted logically, and a record's own hash would walk every value and text it holds.
     */
    @Override
    public int hashCode() {
        return 31 * seq() + 3;
    }
}
