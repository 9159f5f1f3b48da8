package jixiao.scoring.fact;

import java.math.BigDecimal;
import java.util.List;
import jixiao.indicator.Decimals;

/**
 * 08-points.drl: how a group's weight is shared among its indicators (spec §3). Shared: declared points
 * are kept and each other indicator takes {@code implicit}. Scaled (POINTS_ADJUSTED): every indicator's
 * points, declared or the even share {@code implicit}, × weight ÷ {@code sum}; its claim is scaled by the
 * same factor (§2.2). With a sum of 0 every indicator takes the even share and nothing is scaled.
 * {@code members} counts the indicators of the group and {@code claims} those of them that came with a claim:
 * once as many Scores and Settled facts are in, the group is scored (60-total.drl).
 */
public record Allocation(String group, BigDecimal weight, int members, int claims, boolean scaled,
                         BigDecimal implicit, BigDecimal sum) {

    /** The allocation of a group with no indicator in it: nothing to share. */
    public static Allocation none(String group, BigDecimal weight) {
        return new Allocation(group, weight, 0, 0, false, BigDecimal.ZERO, null);
    }

    /** The explicit points kept, the rest of the weight shared equally among the others. */
    public static Allocation shared(String group, BigDecimal weight, List<?> members) {
        int implicitCount = implicitCount(members);
        BigDecimal share = implicitCount == 0 ? BigDecimal.ZERO
                : Decimals.div(weight.subtract(explicitSum(members)), BigDecimal.valueOf(implicitCount));
        return new Allocation(group, weight, members.size(), claimCount(members), false, share, null);
    }

    /** Every indicator's points (declared, else the even share) scaled by weight ÷ their sum. */
    public static Allocation scaledToWeight(String group, BigDecimal weight, List<?> members) {
        BigDecimal even = Decimals.div(weight, BigDecimal.valueOf(members.size()));
        BigDecimal sum = BigDecimal.ZERO;
        for (Object o : members) {
            BigDecimal declared = ((Indicator) o).target().points();
            sum = sum.add(declared != null ? declared : even); // exact: as many evens as members without points
        }
        return new Allocation(group, weight, members.size(), claimCount(members), true, even, sum);
    }

    /** Whether the declared points leave a share for the others (or, with none left, add up to the weight). */
    public static boolean sharesFit(List<?> members, BigDecimal weight) {
        BigDecimal explicit = explicitSum(members);
        return implicitCount(members) > 0 ? explicit.compareTo(weight) < 0 : explicit.compareTo(weight) == 0;
    }

    /** The points of an indicator of the group. */
    public BigDecimal pointsOf(Indicator i) {
        return pointsOf(i.target().points());
    }

    /** The points of an indicator that declared {@code declared} (null: none). */
    public BigDecimal pointsOf(BigDecimal declared) {
        BigDecimal raw = declared != null ? declared : implicit;
        if (!scaled) {
            return raw;
        }
        return sum.signum() == 0 ? implicit : Decimals.div(Decimals.mul(raw, weight), sum);
    }

    /** W of a group scaled by W ÷ Σ (claims are scaled with it), null otherwise. */
    public BigDecimal scaledTo() {
        return scaled && sum.signum() != 0 ? weight : null;
    }

    /** Σ of a group scaled by W ÷ Σ, null otherwise. */
    public BigDecimal scaledFrom() {
        return scaled && sum.signum() != 0 ? sum : null;
    }

    private static BigDecimal explicitSum(List<?> members) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Object o : members) {
            BigDecimal p = ((Indicator) o).target().points();
            if (p != null) {
                sum = sum.add(p);
            }
        }
        return sum;
    }

    private static int claimCount(List<?> members) {
        int n = 0;
        for (Object o : members) {
            n += ((Indicator) o).actual().claimed() != null ? 1 : 0;
        }
        return n;
    }

    private static int implicitCount(List<?> members) {
        int n = 0;
        for (Object o : members) {
            n += ((Indicator) o).target().points() == null ? 1 : 0;
        }
        return n;
    }
}
