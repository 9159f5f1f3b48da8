package jixiao.tables;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.indicator.Vocabulary;

/**
 * Everything in {@code scoring-tables/}, validated.
 *
 * @param deviations            the kinds of deviation with their severities, in the order results list them
 * @param moneyUnit             the unit budget amounts are compared in when a declaration names none
 * @param completionLikelihoods the words an actual may state as its completion likelihood (完成可能性)
 * @param review                what the target review reads ({@code review.yml})
 */
public record ScoringTables(Vocabulary vocabulary, Policy policy, List<ScaleTerm> scaleTerms,
                            Map<String, Template> templates, List<String> zeroWords, List<String> cumulativeUnits,
                            List<DeviationRow> deviations, String moneyUnit, List<String> completionLikelihoods,
                            ReviewPolicy review) {

    public Optional<Template> template(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    /** The table used when a declaration names none: the one marked {@code defaultFor} its subject type. */
    public Optional<Template> defaultFor(String subjectType) {
        return templates.values().stream().filter(t -> subjectType.equals(t.defaultFor())).findFirst();
    }
}
