package jixiao.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Which rules a session runs, by the DRL package its files declare: every scoring session runs the files of
 * {@code package rules} (classification to deviations); a half-year report also those of
 * {@code rules.halfyear} (the value expected by the month, progress, spending, lights); a target review or a
 * spot check's comparison only those of {@code rules.review}. Each scope is a KieBase of its own, so a
 * session carries no network for rules that cannot fire in it.
 */
public enum RuleScope {
    YEAR_END(Set.of("rules")),
    HALF_YEAR(Set.of("rules", "rules.halfyear")),
    REVIEW(Set.of("rules.review"));

    private final Set<String> packages;

    RuleScope(Set<String> packages) {
        this.packages = packages;
    }

    public Set<String> packages() {
        return packages;
    }

    /** The scope of an evaluation in this period. */
    public static RuleScope of(Period period) {
        return period == Period.HALF_YEAR ? HALF_YEAR : YEAR_END;
    }

    /** The packages of every scope, as the rule base is built with them. */
    public static List<Set<String>> all() {
        return Arrays.stream(values()).map(RuleScope::packages).toList();
    }
}
