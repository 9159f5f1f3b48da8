package jixiao.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.indicator.IndicatorValue;
import jixiao.indicator.Normaliser;
import jixiao.scoring.fact.Finding;
import jixiao.scoring.fact.LastYear;
import jixiao.scoring.fact.Proposed;
import jixiao.scoring.fact.RequiredGroup;
import jixiao.tables.Template;

/**
 * Reviews declared targets before the year (目标审核) with the rules of 05-review.drl: each row read as
 * scoring reads it, proposed to the scoring table's groups, compared with what the same subject achieved
 * last year where that is known, with the tables in force for the declaration's year. Nothing is scored or stored.
 */
public final class Reviewer {
    private static final int MAX_FIRINGS = 100_000;

    private final Evaluators evaluators;
    private final Map<Evaluator, InForce> byTables = new HashMap<>();

    /** What the review reads from one set of tables in force, made once. */
    private record InForce(Preparer preparer, ReviewTables review, Map<String, Object> globals) {
        static InForce of(Evaluator evaluator) {
            ReviewTables review = new ReviewTables(evaluator.ruleset().tables().review());
            return new InForce(new Preparer(evaluator.parser(), evaluator.ruleset().tables().moneyUnit()), review,
                    Map.of("review", review));
        }
    }

    public Reviewer(Evaluator evaluator) {
        this(Evaluators.of(evaluator));
    }

    public Reviewer(Evaluators evaluators) {
        this.evaluators = evaluators;
        evaluators.editions().forEach(e -> byTables.computeIfAbsent(e.evaluator(), InForce::of));
    }

    /** The version of the rules and tables the findings of a declaration of this year come from. */
    public String rulesetVersion(Integer year) {
        return evaluators.forYear(year).ruleset().version();
    }

    /** A finding of the review, as the API shows it. */
    public record ReviewFinding(FindingType code, Severity severity, String indicatorId, String level3,
                                String message, String rule, String ruleFile) {
    }

    private static boolean unitWritten(IndicatorValue target) {
        if (target instanceof IndicatorValue.Quantity q) {
            return q.unit() != null || (q.description() != null && !q.description().isBlank());
        }
        return !(target instanceof IndicatorValue.Range r) || r.unit() != null;
    }

    /** The findings for a declaration, given what its subject achieved last year (empty where unknown). */
    public List<ReviewFinding> review(Inputs.Declaration declaration, List<LastYear> lastYear) {
        Evaluator evaluator = evaluators.forYear(declaration.year());
        InForce tables = byTables.get(evaluator);
        ReviewTables review = tables.review();
        Template template = evaluator.template(declaration);
        List<Object> facts = new ArrayList<>(evaluator.groupFacts(template));
        template.groups().stream().filter(Template.GroupDef::required)
                .forEach(g -> facts.add(new RequiredGroup(g.name())));
        List<PreparedIndicator> prepared = tables.preparer().indicators(declaration, Map.of(),
                evaluator.groupOfAlias(template), false);
        for (PreparedIndicator p : prepared) {
            facts.add(new Proposed(p.fact(), Normaliser.normalise(p.fact().level3()),
                    Normaliser.groupKey(p.fact().level2()), Normaliser.normalise(p.target().text()),
                    unitWritten(p.target())));
        }
        facts.addAll(lastYear);
        List<Finding> found = new ArrayList<>();
        for (Object o : evaluator.ruleset().rules().run(RuleScope.REVIEW.packages(), facts, tables.globals(),
                MAX_FIRINGS).facts()) {
            if (o instanceof Finding f) {
                found.add(f);
            }
        }
        found.sort(Comparator.comparingInt((Finding f) -> f.seq() == null ? Integer.MAX_VALUE : f.seq())
                .thenComparingInt(f -> review.order(f.type())).thenComparing(Finding::message));
        return found.stream().map(f -> new ReviewFinding(f.type(), f.severity(), f.indicatorId(), f.level3(),
                f.message(), f.rule(), evaluator.ruleset().rules().fileOf(f.rule()))).toList();
    }
}
