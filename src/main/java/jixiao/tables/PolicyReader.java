package jixiao.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.indicator.CompletionTier;

/** Reads and validates {@code scoring-tables/scoring.yml}. */
final class PolicyReader {
    private PolicyReader() {
    }

    static Policy read(YamlNode root) {
        YamlNode quantitative = root.get("quantitative");
        ReverseMode reverseMode = reverseMode(quantitative.get("reverseMode"));
        EqualsMode equalsMode = equalsMode(quantitative.get("equalsMode"));
        YamlNode qualitative = root.get("qualitative");
        List<Policy.GenericRank> ranks = new ArrayList<>();
        for (YamlNode r : qualitative.get("genericRanks").list()) {
            ranks.add(new Policy.GenericRank(r.get("rank").integer(), r.get("prefixes").strings(),
                    r.opt("negated").map(YamlNode::bool).orElse(false)));
        }
        YamlNode deviations = root.get("deviations");
        return new Policy(reverseMode, equalsMode, tiers(qualitative.get("tiers")), ranks,
                qualitative.get("negativeTargetPrefixes").strings(), grades(root.get("grades")),
                deviations.get("targetTooLow").number(), deviations.get("lowBudgetExecutionPercent").number(),
                deviations.get("scoreSpendMismatchPoints").number(), monitoring(root.get("monitoring")),
                buckets(root.get("summary").get("scoreBuckets")), display(root.get("display")),
                spotChecks(root.get("spotChecks")));
    }

    static ReverseMode reverseMode(YamlNode n) {
        String word = n.oneOf(ReverseMode.RATIO.word(), ReverseMode.LINEAR.word());
        return word.equals(ReverseMode.RATIO.word()) ? ReverseMode.RATIO : ReverseMode.LINEAR;
    }

    static EqualsMode equalsMode(YamlNode n) {
        String word = n.oneOf(EqualsMode.DIRECTIONAL.word(), EqualsMode.STRICT.word());
        return word.equals(EqualsMode.DIRECTIONAL.word()) ? EqualsMode.DIRECTIONAL : EqualsMode.STRICT;
    }

    private static Map<CompletionTier, Policy.TierBand> tiers(YamlNode node) {
        Map<CompletionTier, Policy.TierBand> tiers = new EnumMap<>(CompletionTier.class);
        node.map().forEach((k, v) -> {
            CompletionTier tier = TableLoader.tier(k, v);
            BigDecimal from = v.get("from").fraction();
            BigDecimal to = v.get("to").fraction();
            BigDecimal score = v.get("score").fraction();
            boolean inclusive = v.opt("toInclusive").map(YamlNode::bool).orElse(false);
            if (from.compareTo(to) >= 0) {
                throw v.error("'from' must be below 'to'");
            }
            if (score.compareTo(from) < 0 || score.compareTo(to) > 0) {
                throw v.get("score").error("the default score must lie inside its band");
            }
            tiers.put(tier, new Policy.TierBand(tier, from, to, inclusive, score));
        });
        if (tiers.size() != CompletionTier.values().length) {
            throw node.error("all three tiers ACHIEVED, PARTIAL, UNMET are needed");
        }
        return tiers;
    }

    private static List<Policy.GradeBand> grades(YamlNode node) {
        List<Policy.GradeBand> grades = new ArrayList<>();
        BigDecimal previous = null;
        for (YamlNode g : node.list()) {
            BigDecimal min = g.get("min").number();
            if (previous != null && min.compareTo(previous) >= 0) {
                throw g.get("min").error("grades must be listed best first, with falling minimums");
            }
            previous = min;
            grades.add(new Policy.GradeBand(g.get("grade").nonBlank(), min));
        }
        return grades;
    }

    private static Policy.Monitoring monitoring(YamlNode monitoring) {
        int month = month(monitoring.get("defaultMonth"));
        int halfYearValueMonth = month(monitoring.get("halfYearValueMonth"));
        Policy.Monitoring m = new Policy.Monitoring(month, halfYearValueMonth, monitoring.get("redBelow").number(),
                monitoring.get("yellowBelow").number(), monitoring.get("blueFrom").number());
        if (m.redBelow().compareTo(m.yellowBelow()) > 0 || m.yellowBelow().compareTo(m.blueFrom()) > 0) {
            throw monitoring.error("bands must rise: redBelow ≤ yellowBelow ≤ blueFrom");
        }
        return m;
    }

    private static Policy.SpotChecks spotChecks(YamlNode node) {
        YamlNode points = node.get("inflatedPoints");
        BigDecimal value = points.number();
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw points.error("must be a number of points from 0 to 100");
        }
        return new Policy.SpotChecks(value);
    }

    private static int month(YamlNode node) {
        int month = node.integer();
        if (month < 1 || month > 11) {
            throw node.error("must be a month from 1 to 11");
        }
        return month;
    }

    private static List<BigDecimal> buckets(YamlNode buckets) {
        List<BigDecimal> edges = new ArrayList<>();
        for (YamlNode edge : buckets.list()) {
            BigDecimal value = edge.number();
            if (!edges.isEmpty() && value.compareTo(edges.get(edges.size() - 1)) <= 0) {
                throw edge.error("score bucket edges must rise");
            }
            edges.add(value);
        }
        return List.copyOf(edges);
    }

    /** The words of tiers (all three needed) and of lights (keys checked by the layer that knows the lights). */
    private static Policy.Display display(YamlNode display) {
        Map<CompletionTier, String> tiers = new EnumMap<>(CompletionTier.class);
        YamlNode tierNode = display.get("tiers");
        tierNode.map().forEach((k, v) -> tiers.put(TableLoader.tier(k, v), v.nonBlank()));
        if (tiers.size() != CompletionTier.values().length) {
            throw tierNode.error("all three tiers ACHIEVED, PARTIAL, UNMET need a word");
        }
        Map<Cell, String> lights = new LinkedHashMap<>();
        YamlNode lightNode = display.get("lights");
        lightNode.map().forEach((k, v) -> lights.put(lightNode.keyCell(k), v.nonBlank()));
        return new Policy.Display(Map.copyOf(tiers), lights);
    }
}
