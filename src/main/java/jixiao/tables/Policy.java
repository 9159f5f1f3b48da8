package jixiao.tables;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jixiao.indicator.CompletionTier;

/** The scoring policy of {@code scoring-tables/scoring.yml}. */
public record Policy(ReverseMode reverseMode, EqualsMode equalsMode, Map<CompletionTier, TierBand> tiers,
                     List<GenericRank> genericRanks, List<String> negativeTargetPrefixes, List<GradeBand> grades,
                     BigDecimal targetTooLow, BigDecimal lowBudgetExecutionPercent,
                     BigDecimal scoreSpendMismatchPoints, Monitoring monitoring, List<BigDecimal> scoreBuckets,
                     Display display, SpotChecks spotChecks) {

    /** Spot checks (抽评复核): how far a self-assessed total may exceed the reviewed one, in points, before it is inflated. */
    public record SpotChecks(BigDecimal inflatedPoints) {
    }

    /** A completion tier's band of the points, as fractions, and its default score fraction. */
    public record TierBand(CompletionTier tier, BigDecimal from, BigDecimal to, boolean toInclusive,
                           BigDecimal score) {
    }

    /** One rank of the generic scale of any stem: the prefixes that put a term at that rank. */
    public record GenericRank(int rank, List<String> prefixes, boolean negated) {
    }

    /** A grade and the minimum total it takes. */
    public record GradeBand(String grade, BigDecimal min) {
    }

    /**
     * Half-year monitoring: the default month, the month at which a declared half-year value (半年指标值)
     * replaces the full-year target, and the progress bands, in percent.
     */
    public record Monitoring(int defaultMonth, int halfYearValueMonth, BigDecimal redBelow, BigDecimal yellowBelow,
                             BigDecimal blueFrom) {
    }

    /**
     * The words a result shows for completion tiers and for lights; the lights are named by a later layer
     * (their keys checked there, with the place of each).
     */
    public record Display(Map<CompletionTier, String> tiers, Map<Cell, String> lights) {
    }
}
