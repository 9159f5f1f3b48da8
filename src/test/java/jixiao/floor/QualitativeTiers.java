package jixiao.floor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.indicator.CompletionTier;
import jixiao.tables.Policy;
import jixiao.tables.ScaleTerm;
import jixiao.tables.ScoringTables;

/**
 * Spec §2.1: the completion tier of a qualitative indicator from its actual's words. A target that
 * starts with a negative prefix is kept by the same words and broken by the words without the prefix;
 * otherwise a shipped scale holding both terms ranks them (a negated term is UNMET, a negated target
 * is kept only by a negation), else the generic scale of the target's stem does; null when nothing
 * recognises the actual (INVALID, UNRECOGNIZED_VALUE).
 */
final class QualitativeTiers {
    private record Prefix(String prefix, int rank, boolean negated) {
    }

    private final Map<String, List<ScaleTerm>> scaleTermsByTerm = new HashMap<>();
    private final List<Prefix> genericPrefixes = new ArrayList<>();
    private final List<String> negativeTargetPrefixes;

    QualitativeTiers(ScoringTables tables) {
        for (ScaleTerm t : tables.scaleTerms()) {
            scaleTermsByTerm.computeIfAbsent(t.term(), k -> new ArrayList<>(1)).add(t);
        }
        for (Policy.GenericRank rank : tables.policy().genericRanks()) {
            rank.prefixes().forEach(p -> genericPrefixes.add(new Prefix(p, rank.rank(), rank.negated())));
        }
        this.negativeTargetPrefixes = List.copyOf(tables.policy().negativeTargetPrefixes());
    }

    CompletionTier tier(String target, String actual) {
        if (isNegative(target)) {
            return target.equals(actual) ? CompletionTier.ACHIEVED : brokenNegative(target, actual);
        }
        List<ScaleTerm> targetTerms = scaleTermsByTerm.get(target);
        List<ScaleTerm> actualTerms = targetTerms == null ? null : scaleTermsByTerm.get(actual);
        if (actualTerms != null) {
            for (ScaleTerm t : targetTerms) {
                for (ScaleTerm u : actualTerms) {
                    if (t.scale().equals(u.scale())) {
                        return onScale(t, u);
                    }
                }
            }
        }
        return onStem(target, actual);
    }

    private boolean isNegative(String target) {
        for (String p : negativeTargetPrefixes) {
            if (target.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** UNMET when the actual is the negative target without its prefix; null when it is neither. */
    private CompletionTier brokenNegative(String target, String actual) {
        for (String p : negativeTargetPrefixes) {
            if (target.startsWith(p) && target.length() - p.length() == actual.length() && target.endsWith(actual)) {
                return CompletionTier.UNMET;
            }
        }
        return null;
    }

    private static CompletionTier onScale(ScaleTerm target, ScaleTerm actual) {
        if (target.negated() || actual.negated()) {
            return target.negated() && actual.negated() ? CompletionTier.ACHIEVED : CompletionTier.UNMET;
        }
        return below(actual.rank() - target.rank());
    }

    /** The generic scale: target = prefix + stem, actual = another prefix + the same stem. */
    private CompletionTier onStem(String target, String actual) {
        for (Prefix tp : genericPrefixes) {
            if (tp.negated() || !target.startsWith(tp.prefix())) {
                continue;
            }
            int stem = target.length() - tp.prefix().length();
            if (stem == 0) {
                continue;
            }
            for (Prefix up : genericPrefixes) {
                int at = up.prefix().length();
                if (actual.length() - at == stem && actual.startsWith(up.prefix())
                        && actual.regionMatches(at, target, tp.prefix().length(), stem)) {
                    return up.negated() ? CompletionTier.UNMET : below(up.rank() - tp.rank());
                }
            }
        }
        return null;
    }

    private static CompletionTier below(int ranksBelow) {
        return ranksBelow <= 0 ? CompletionTier.ACHIEVED : ranksBelow == 1 ? CompletionTier.PARTIAL : CompletionTier.UNMET;
    }
}
