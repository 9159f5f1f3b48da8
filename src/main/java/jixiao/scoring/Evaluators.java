package jixiao.scoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluator of each set of tables in force, by fiscal year: a declaration of year Y is scored with the
 * tables in force for Y, one without a year with the latest. Built once (the rules compiled once and shared);
 * one evaluator per distinct set of tables.
 */
public final class Evaluators {
    private final List<Edition> editions;

    /**
     * An evaluator and the fiscal years its tables are in force for, {@code from} to {@code to} inclusive:
     * {@code from} null for the first (every earlier year), {@code to} null for the latest (every later year).
     */
    public record Edition(Integer from, Integer to, Evaluator evaluator) {
        public boolean covers(int year) {
            return (from == null || year >= from) && (to == null || year <= to);
        }
    }

    private Evaluators(List<Edition> editions) {
        this.editions = List.copyOf(editions);
    }

    /** The rules of {@code rulesDir} with each set of tables in force of {@code tablesDir}. */
    public static Evaluators load(Path rulesDir, Path tablesDir) {
        return of(Ruleset.loadYears(rulesDir, tablesDir));
    }

    /** An evaluator per distinct ruleset, each covering the years up to the next one's first. */
    public static Evaluators of(List<Ruleset.InForce> inForce) {
        Map<String, Evaluator> byVersion = new HashMap<>();
        List<Edition> out = new ArrayList<>();
        for (int i = 0; i < inForce.size(); i++) {
            Ruleset r = inForce.get(i).ruleset();
            Evaluator e = byVersion.computeIfAbsent(r.version(), v -> new Evaluator(r));
            Integer to = i + 1 < inForce.size() ? inForce.get(i + 1).firstYear() - 1 : null;
            out.add(new Edition(i == 0 ? null : inForce.get(i).firstYear(), to, e));
        }
        return new Evaluators(out);
    }

    /** One evaluator for every year. */
    public static Evaluators of(Evaluator evaluator) {
        return new Evaluators(List.of(new Edition(null, null, evaluator)));
    }

    /** The evaluator of the tables in force for a fiscal year; for no year, the latest. */
    public Evaluator forYear(Integer year) {
        if (year == null) {
            return latest();
        }
        for (Edition e : editions) {
            if (e.covers(year)) {
                return e.evaluator();
            }
        }
        throw new IllegalStateException("no tables in force for " + year); // the editions cover every year
    }

    public Evaluator latest() {
        return editions.get(editions.size() - 1).evaluator();
    }

    /** The sets of tables in force, oldest first. */
    public List<Edition> editions() {
        return editions;
    }

    /** Scores a declaration with the tables in force for its year. */
    public EvaluationResult evaluate(Inputs.Declaration declaration, Inputs.Assessment assessment) {
        return forYear(declaration.year()).evaluate(declaration, assessment);
    }
}
