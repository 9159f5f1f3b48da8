package jixiao.storage;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import jixiao.accounts.Actor;
import jixiao.indicator.Normaliser;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Inputs;
import jixiao.scoring.Reviewer;
import jixiao.scoring.fact.LastYear;

/**
 * The target review of a declaration being stored (rules/05-review.drl), against what the same subject —
 * the same unit and name after normalisation (scoring.md §1.1) — achieved in the year before, where that
 * year-end evaluation is stored: each numeric actual of it, in the unit of its target.
 */
@Singleton
class DeclarationReviews {
    private final Reviewer reviewer;
    private final Store store;
    private final StoredJson json;

    DeclarationReviews(Reviewer reviewer, Store store, StoredJson json) {
        this.reviewer = reviewer;
        this.store = store;
        this.json = json;
    }

    /** The findings, as the declaration's GET shows them. */
    String findingsJson(Inputs.Declaration declaration) {
        return json.write(reviewer.review(declaration, lastYear(declaration)));
    }

    String rulesetVersion() {
        return reviewer.rulesetVersion();
    }

    private List<LastYear> lastYear(Inputs.Declaration d) {
        if (d.year() == null || d.unit() == null || d.name() == null) {
            return List.of();
        }
        String name = Normaliser.normalise(d.name());
        int year = d.year() - 1;
        for (Store.YearEndResult r : store.yearEndResults(Actor.unitKey(d.unit()), year)) {
            if (Normaliser.normalise(r.name()).equals(name)) {
                return actuals(json.read(r.resultJson(), EvaluationResult.class), year);
            }
        }
        return List.of();
    }

    private static List<LastYear> actuals(EvaluationResult result, int year) {
        List<LastYear> out = new ArrayList<>();
        for (EvaluationResult.Indicator i : result.indicators()) {
            EvaluationResult.Actual a = i.actual();
            if (a != null && "NUMBER".equals(a.kind()) && a.value() != null) {
                out.add(new LastYear(Normaliser.normalise(i.level3()), year, a.value(), a.unit(), a.text()));
            }
        }
        return out;
    }
}
