package jixiao.scoring.fact;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.scoring.Status;

/**
 * 40-claims.drl: the score of a Score that came with a claim (自评分), once the claim is weighed: the score, the
 * rule that gave it and the explanation with what became of the claim. A Score without a claim stands as
 * scored, so later files read Score for status and gaps, and a score as it stands through {@link #total}.
 */
public record Settled(Score scored, BigDecimal score, String rule, String explanation) {
    public int seq() {
        return scored.seq();
    }

    public String group() {
        return scored.group();
    }

    public Status status() {
        return scored.status();
    }

    /** Σ of these Scores as they stand: each one's settled score where its claim was weighed, else its own. */
    public static BigDecimal total(List<?> scores, List<?> settled) {
        Map<Integer, BigDecimal> settledBySeq = new HashMap<>();
        for (Object o : settled) {
            Settled s = (Settled) o;
            settledBySeq.put(s.seq(), s.score());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Object o : scores) {
            Score s = (Score) o;
            BigDecimal standing = settledBySeq.get(s.seq());
            sum = sum.add(standing != null ? standing : s.score());
        }
        return sum;
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
