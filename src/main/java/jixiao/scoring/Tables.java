package jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jixiao.indicator.CompletionTier;
import jixiao.scoring.fact.Deviation;
import jixiao.scoring.fact.Indicator;
import jixiao.tables.Cell;
import jixiao.tables.DeviationRow;
import jixiao.tables.Policy;
import jixiao.tables.ScaleTerm;
import jixiao.tables.ScoringTables;
import jixiao.tables.TableException;

/**
 * The scoring tables as the rules consult them (the DRL global {@code tables}): word lists, scales, tier
 * bands, grades, display words, and the kinds of deviation with their severity and order. Built once per
 * ruleset, looked up without inserting a fact; the rules decide what follows from what they read.
 */
public final class Tables {
    private final List<String> zeroWords;
    private final Set<String> cumulativeUnits;
    private final List<String> negativePrefixes;
    private final Map<String, List<ScaleTerm>> scaleTermsByTerm = new HashMap<>();
    private final List<GenericPrefix> genericPrefixes = new ArrayList<>();
    private final Map<CompletionTier, Policy.TierBand> tiers;
    private final List<Policy.GradeBand> grades;
    private final Map<CompletionTier, String> tierNames;
    private final Map<Light, String> lightNames = new EnumMap<>(Light.class);
    private final DeviationKinds deviations;

    /** A prefix of the generic scale of any stem, with its rank (§2.1 step 2). */
    private record GenericPrefix(String prefix, int rank, boolean negated) {
    }

    /** Checks the names the tables give kinds by (deviation types, severities, lights), naming file and line. */
    public Tables(ScoringTables tables) {
        Policy policy = tables.policy();
        this.zeroWords = List.copyOf(tables.zeroWords());
        this.cumulativeUnits = Set.copyOf(tables.cumulativeUnits());
        this.negativePrefixes = List.copyOf(policy.negativeTargetPrefixes());
        tables.scaleTerms().forEach(t -> scaleTermsByTerm.computeIfAbsent(t.term(), k -> new ArrayList<>()).add(t));
        policy.genericRanks().forEach(r -> r.prefixes()
                .forEach(p -> genericPrefixes.add(new GenericPrefix(p, r.rank(), r.negated()))));
        this.tiers = Map.copyOf(policy.tiers());
        this.grades = List.copyOf(policy.grades());
        this.tierNames = Map.copyOf(policy.display().tiers());
        for (Map.Entry<Cell, String> e : policy.display().lights().entrySet()) {
            lightNames.put(e.getKey().as(Light.class), e.getValue());
        }
        for (Light light : Light.values()) {
            if (!lightNames.containsKey(light)) {
                throw new TableException("scoring-tables/scoring.yml", 0, "display.lights: no word for " + light);
            }
        }
        this.deviations = new DeviationKinds(tables.deviations());
    }

    /** §1.6: whether a wording reported against a numeric target reads as 0 ({@code 未发生…}). */
    public boolean readsAsZero(String term) {
        for (String word : zeroWords) {
            if (term.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /** §5: whether quantities in this unit (without its period) add up over the year. */
    public boolean accumulates(String unitLabel) {
        return unitLabel != null && cumulativeUnits.contains(unitLabel);
    }

    /**
     * §2.1: how the actual wording stands against the target wording — against a negative target, on a
     * shipped scale holding both, else on the generic scale of the target's stem. Where several readings
     * exist, the one closest to meeting the target.
     */
    public TermReading read(String target, String actual) {
        if (negativePrefixes.stream().anyMatch(target::startsWith)) {
            boolean drops = negativePrefixes.stream()
                    .anyMatch(p -> target.startsWith(p) && target.substring(p.length()).equals(actual));
            return TermReading.negative(actual.equals(target), drops);
        }
        TermReading best = onShippedScale(target, actual);
        return best != null ? best : onStemScale(target, actual);
    }

    private TermReading onShippedScale(String target, String actual) {
        TermReading best = null;
        for (ScaleTerm t : scaleTermsByTerm.getOrDefault(target, List.of())) {
            for (ScaleTerm u : scaleTermsByTerm.getOrDefault(actual, List.of())) {
                if (t.scale().equals(u.scale())) {
                    best = closer(best, TermReading.onScale(t.rank(), u.rank(), t.negated(), u.negated()));
                }
            }
        }
        return best;
    }

    private TermReading onStemScale(String target, String actual) {
        TermReading best = null;
        for (GenericPrefix tp : genericPrefixes) {
            if (tp.negated() || !target.startsWith(tp.prefix()) || target.length() == tp.prefix().length()) {
                continue;
            }
            String stem = target.substring(tp.prefix().length());
            for (GenericPrefix up : genericPrefixes) {
                if (actual.length() > up.prefix().length() && actual.startsWith(up.prefix())
                        && actual.substring(up.prefix().length()).equals(stem)) {
                    best = closer(best, TermReading.onScale(tp.rank(), up.rank(), false, up.negated()));
                }
            }
        }
        return best != null ? best : TermReading.none();
    }

    /** Of two readings, the one closer to meeting the target (met, one rank short, further short, negated). */
    private static TermReading closer(TermReading a, TermReading b) {
        return a == null || standing(b) < standing(a) ? b : a;
    }

    private static int standing(TermReading r) {
        if (r.targetNegated()) {
            return r.actualNegated() ? 3 : 4;
        }
        return r.actualNegated() ? 2 : r.actualRank() <= r.targetRank() ? 0 : 1;
    }

    /** §2.1: a completion tier's band of the points and its default share. */
    public Policy.TierBand band(CompletionTier tier) {
        return tiers.get(tier);
    }

    /** §3: the grades, best first, each with the minimum total it takes. */
    public List<Policy.GradeBand> grades() {
        return grades;
    }

    public String tierName(CompletionTier tier) {
        return tierNames.get(tier);
    }

    public String lightName(Light light) {
        return lightNames.get(light);
    }

    /** A deviation about a declared indicator, with its type's severity. */
    public Deviation deviation(DeviationType type, Indicator about, BigDecimal gap, BigDecimal relativeGap,
                               String message, String rule) {
        return new Deviation(type, deviations.severity(type, null), about.seq(), about.id(), about.level3(), gap,
                relativeGap, message, rule);
    }

    /** A deviation about a declared indicator whose severity depends on its light. */
    public Deviation deviation(DeviationType type, Light light, Indicator about, BigDecimal gap,
                               BigDecimal relativeGap, String message, String rule) {
        return new Deviation(type, deviations.severity(type, light), about.seq(), about.id(), about.level3(), gap,
                relativeGap, message, rule);
    }

    /** A deviation of the whole assessment ({@code level3} names what it is about, or is null). */
    public Deviation overall(DeviationType type, Light light, String id, String level3, BigDecimal gap,
                             BigDecimal relativeGap, String message, String rule) {
        return new Deviation(type, deviations.severity(type, light), null, id, level3, gap, relativeGap, message,
                rule);
    }

    /** The place of a deviation type in a result, after the indicator it concerns. */
    public int order(DeviationType type) {
        return deviations.order(type);
    }

    /** The rows of deviations.csv, checked: every type once, or once per light its severity depends on. */
    private static final class DeviationKinds {
        private final Map<DeviationType, Integer> order = new EnumMap<>(DeviationType.class);
        private final Map<DeviationType, Severity> severity = new EnumMap<>(DeviationType.class);
        private final Map<DeviationType, Map<Light, Severity>> byLight = new EnumMap<>(DeviationType.class);
        private final String file;

        DeviationKinds(List<DeviationRow> rows) {
            file = rows.get(0).type().file();
            for (DeviationRow row : rows) {
                DeviationType type = row.type().as(DeviationType.class);
                Severity s = row.severity().as(Severity.class);
                order.putIfAbsent(type, order.size());
                if (row.light() == null) {
                    if (byLight.containsKey(type) || severity.put(type, s) != null) {
                        throw row.type().error(type + " is listed twice (a type has one row, or one per light)");
                    }
                } else {
                    Light light = row.light().as(Light.class);
                    if (severity.containsKey(type)
                            || byLight.computeIfAbsent(type, t -> new EnumMap<>(Light.class)).put(light, s) != null) {
                        throw row.type().error(type + " is listed twice (a type has one row, or one per light)");
                    }
                }
            }
            for (DeviationType type : DeviationType.values()) {
                if (!order.containsKey(type)) {
                    throw new TableException(file, 0, "deviation type " + type + " is not listed");
                }
            }
        }

        Severity severity(DeviationType type, Light light) {
            Severity s = severity.get(type);
            if (s == null) {
                s = light == null ? null : byLight.get(type).get(light);
            }
            if (s == null) {
                throw new TableException(file, 0, type + " has no severity for " + (light == null ? "no light" : light));
            }
            return s;
        }

        int order(DeviationType type) {
            return order.get(type);
        }
    }
}
