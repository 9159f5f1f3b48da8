package jixiao.scoring;

/**
 * Where an actual wording stands against a target wording (spec §2.1), as the tables read them; which tier
 * follows is decided by 30-qualitative.drl.
 *
 * @param negativeTarget the target starts with a negative prefix ({@code 不发生…}): kept by the same words
 *                       ({@code sameTerm}), broken by the words without it ({@code dropsNegation})
 * @param onScale        both stand on one scale: a shipped scale, else the generic scale of the target's stem;
 *                       rank 1 is best, a negated term is a negation on that scale
 */
public record TermReading(boolean negativeTarget, boolean sameTerm, boolean dropsNegation, boolean onScale,
                          int targetRank, int actualRank, boolean targetNegated, boolean actualNegated) {

    static TermReading negative(boolean sameTerm, boolean dropsNegation) {
        return new TermReading(true, sameTerm, dropsNegation, false, 0, 0, false, false);
    }

    static TermReading onScale(int targetRank, int actualRank, boolean targetNegated, boolean actualNegated) {
        return new TermReading(false, false, false, true, targetRank, actualRank, targetNegated, actualNegated);
    }

    static TermReading none() {
        return new TermReading(false, false, false, false, 0, 0, false, false);
    }

    /** How many ranks the actual stands below the target. */
    public int ranksBelow() {
        return actualRank - targetRank;
    }
}
