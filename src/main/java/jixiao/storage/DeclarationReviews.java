package jixiao.storage;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jixiao.accounts.Actor;
import jixiao.indicator.Normaliser;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Inputs;
import jixiao.scoring.Reviewer;
import jixiao.scoring.fact.LastYear;

/**
 * The target review of declarations being stored (rules/05-review.drl), against what the same subject —
 * the same unit and name after normalisation (scoring.md §1.1) — achieved in the year before, where that
 * year-end evaluation is stored: each numeric actual of it, in the unit of its target. The year before of
 * many declarations (a group of batch items) is looked up at once, in one read transaction of two queries.
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
        return findingsJson(List.of(declaration)).get(0);
    }

    /** The findings of each declaration, in their order. */
    List<String> findingsJson(List<Inputs.Declaration> declarations) {
        Map<SubjectYear, List<LastYear>> lastYears = lastYears(declarations);
        return declarations.stream().map(d -> {
            SubjectYear s = SubjectYear.of(d);
            return json.write(reviewer.review(d, s == null ? List.of() : lastYears.getOrDefault(s, List.of())));
        }).toList();
    }

    String rulesetVersion(Integer year) {
        return reviewer.rulesetVersion(year);
    }

    /** A declared subject (its unit's key, its name normalised) and the year before the one it declares. */
    private record SubjectYear(String unitKey, String name, int year) {
        /** Null for a declaration that does not name its unit, subject or year: it has no year before. */
        static SubjectYear of(Inputs.Declaration d) {
            return d.year() == null || d.unit() == null || d.name() == null ? null
                    : new SubjectYear(Actor.unitKey(d.unit()), Normaliser.normalise(d.name()), d.year() - 1);
        }
    }

    /** The year-end evaluation picked for each subject (its latest) and the results of those picked. */
    private record Found(Map<SubjectYear, String> picked, Map<String, String> results) {
    }

    private Map<SubjectYear, List<LastYear>> lastYears(List<Inputs.Declaration> declarations) {
        Set<SubjectYear> wanted = new HashSet<>();
        Map<Integer, Set<String>> unitsByYear = new TreeMap<>();
        for (Inputs.Declaration d : declarations) {
            SubjectYear s = SubjectYear.of(d);
            if (s != null) {
                wanted.add(s);
                unitsByYear.computeIfAbsent(s.year(), y -> new TreeSet<>()).add(s.unitKey());
            }
        }
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Found found = store.read(c -> {
            Map<SubjectYear, String> picked = new HashMap<>();
            unitsByYear.forEach((year, units) -> {
                for (YearEnds.Subject row : YearEnds.subjects(c, units, year)) {  // latest first
                    SubjectYear s = new SubjectYear(row.unitKey(), Normaliser.normalise(row.name()), year);
                    if (wanted.contains(s)) {
                        picked.putIfAbsent(s, row.evaluationId());
                    }
                }
            });
            return new Found(picked, YearEnds.results(c, new TreeSet<>(picked.values())));
        });
        Map<SubjectYear, List<LastYear>> out = new HashMap<>();
        found.picked().forEach((s, id) ->
                out.put(s, actuals(json.read(found.results().get(id), EvaluationResult.class), s.year())));
        return out;
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
