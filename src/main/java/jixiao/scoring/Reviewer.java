package jixiao.scoring;

import java.util.ArrayList;
import java.util.Comparator;
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
 * last year where that is known. Nothing is scored or stored.
 */
public final class Reviewer {
    private static final int MAX_FIRINGS = 100_000;

    private final Evaluator evaluator;
    private final Preparer preparer;
    private final ReviewTables review;
    private final Map<String, Object> globals;

    public Reviewer(Evaluator evaluator) {
        this.evaluator = evaluator;
        this.preparer = new Preparer(evaluator.parser(), evaluator.ruleset().tables().moneyUnit());
        this.review = new ReviewTables(evaluator.ruleset().tables().review());
        this.globals = Map.of("review", review);
    }

    /** The version of the rules and tables the findings come from. */
    public String rulesetVersion() {
        return evaluator.ruleset().version();
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
        Template template = evaluator.template(declaration);
        List<Object> facts = new ArrayList<>(evaluator.groupFacts(template));
        template.groups().stream().filter(Template.GroupDef::required)
                .forEach(g -> facts.add(new RequiredGroup(g.name())));
        for (PreparedIndicator p : preparer.indicators(declaration, Map.of())) {
            facts.add(new Proposed(p.fact(), Normaliser.normalise(p.fact().level3()),
                    Normaliser.groupKey(p.fact().level2()), Normaliser.normalise(p.target().text()),
                    unitWritten(p.target())));
        }
        facts.addAll(lastYear);
        List<Finding> found = new ArrayList<>();
        for (Object o : evaluator.ruleset().rules().run(facts, globals, MAX_FIRINGS).facts()) {
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
