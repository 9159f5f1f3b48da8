package jixiao.scoring.fact;

import jixiao.scoring.TermReading;

/**
 * 30-qualitative.drl: where a Classified indicator's actual wording stands against its target's, as
 * the tables read them ({@link TermReading}), read once for the rules that then choose its tier.
 */
public record Worded(Classified classified, TermReading reading) {
    public int seq() {
        return classified.seq();
    }

    public String group() {
        return classified.group();
    }

    /** The target's wording. */
    public String target() {
        return classified.target().term();
    }

    /** The actual's wording. */
    public String actual() {
        return classified.actual().term();
    }

    public boolean isNegativeTarget() {
        return reading.negativeTarget();
    }

    public boolean isSameTerm() {
        return reading.sameTerm();
    }

    public boolean isDropsNegation() {
        return reading.dropsNegation();
    }

    public boolean isOnScale() {
        return reading.onScale();
    }

    public boolean isTargetNegated() {
        return reading.targetNegated();
    }

    public boolean isActualNegated() {
        return reading.actualNegated();
    }

    /** How many ranks the actual stands below the target on their scale (0 or fewer: not below). */
    public int ranksBelow() {
        return reading.ranksBelow();
    }

    /** Hashed by the place of its indicator (see {@link Settled#hashCode()}). */
    @Override
    public int hashCode() {
        return 31 * seq() + 8;
    }
}
