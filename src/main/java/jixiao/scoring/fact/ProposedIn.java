package jixiao.scoring.fact;

import java.math.BigDecimal;
import java.util.List;

/** 05-review.drl: the group of the scoring table a proposed indicator with a target falls in. */
public record ProposedIn(Proposed proposed, String group) {
    public BigDecimal points() {
        return proposed.target().points();
    }

    /** The sum of the points written for these indicators (a list of ProposedIn, as collect gives it). */
    public static BigDecimal explicitSum(List<?> members) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Object o : members) {
            BigDecimal p = ((ProposedIn) o).points();
            sum = p == null ? sum : sum.add(p);
        }
        return sum;
    }

    /**
     * Whether points are written for some of these indicators and do not fit their group's weight as
     * 08-points.drl shares it: they must leave a share for the others, or, with none left, add up to it.
     */
    public static boolean pointsMisfit(List<?> members, BigDecimal weight) {
        int without = withoutPoints(members);
        if (without == members.size()) {
            return false;
        }
        int c = explicitSum(members).compareTo(weight);
        return without > 0 ? c >= 0 : c != 0;
    }

    /** How many of these indicators have no points written (they share what the others leave). */
    public static int withoutPoints(List<?> members) {
        return (int) members.stream().filter(o -> ((ProposedIn) o).points() == null).count();
    }
}
