package jixiao.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import jixiao.engine.FiringObserver;
import jixiao.engine.RuleFile;
import jixiao.engine.SessionOutcome;
import jixiao.floor.Case;
import jixiao.floor.FloorScorer;
import jixiao.floor.GeneratedInputs;
import jixiao.floor.TablesWithModes;

/**
 * Where the engine's time goes, on N generated 40-indicator year-end assessments (those of {@link EngineBenchmark}):
 * the three steps of {@link Evaluator#score} timed apart (reading the values into facts, the rules, reading the
 * result), beside the whole and the plain-Java floor; the consequences' time rule by rule; then the rules' time
 * with no year-end rule at all and as the DRL files of the year-end part are added one by one in reading order, each set compiled now from a folder of its own (the files after it left
 * out, so the results are partial: only the time counts). Each figure is the median of five rounds after a
 * warm-up, in µs per assessment on one thread. Run: see README "Benchmark". Not a test: it prints figures.
 */
public final class EngineSteps {
    private static final long SEED = 20260101L;
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 5;
    /** The year-end package with no rule in it: what a session costs before any rule is written. */
    private static final RuleFile NO_RULE = new RuleFile("rules/00-none.drl",
            "package rules;\nglobal jixiao.scoring.Tables tables;\n");

    private EngineSteps() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path tables = TablesWithModes.create();
        Ruleset ruleset = Ruleset.load(Path.of("rules"), tables);
        List<Case> cases = new GeneratedInputs(ruleset.tables()).generate(n, SEED);
        Evaluator engine = new Evaluator(ruleset);
        FloorScorer floor = new FloorScorer(ruleset.tables());

        List<Evaluator.Session> sessions = cases.stream().map(c -> engine.session(c.declaration(), c.assessment())).toList();
        List<SessionOutcome> outcomes = sessions.stream().map(engine::run).toList();
        long reading = median(cases, c -> engine.session(c.declaration(), c.assessment()).facts().size());
        long rules = median(sessions, s -> engine.run(s).firings());
        List<Integer> places = indices(n);
        long result = median(places, i -> engine.result(sessions.get(i), outcomes.get(i)).indicators().size());
        long whole = median(cases, c -> engine.score(c.declaration(), c.assessment()).firings());
        long floorWhole = median(cases, c -> floor.score(c.declaration(), c.assessment()).indicators().size());
        System.out.printf(Locale.ROOT, "engine steps apart, µs per assessment: reading values into facts %d, rules %d,"
                + " result %d (sum %d)%n", reading, rules, result, reading + rules + result);
        System.out.printf(Locale.ROOT, "engine whole, steps in turn: %d µs; floor whole: %d µs%n", whole, floorWhole);
        System.out.printf(Locale.ROOT, "per assessment: %d facts in working memory at the end, %d firings%n",
                outcomes.stream().mapToInt(o -> o.facts().size()).sum() / n,
                outcomes.stream().mapToInt(SessionOutcome::firings).sum() / n);
        byRule(engine, sessions);
        filesOneByOne(tables, cases);
    }

    /**
     * The consequences' time rule by rule (each with the propagation of what it inserts, not the matching that
     * led to it), the twelve longest, from rounds after the warm-up with an observer timing each firing.
     */
    private static void byRule(Evaluator engine, List<Evaluator.Session> sessions) {
        Map<String, long[]> byRule = new HashMap<>();
        FiringObserver observer = (rule, nanos) -> {
            long[] t = byRule.computeIfAbsent(rule, r -> new long[2]);
            t[0]++;
            t[1] += nanos;
        };
        for (int r = 0; r < WARM_UP + ROUNDS; r++) {
            if (r == WARM_UP) {
                byRule.clear();
            }
            sessions.forEach(s -> engine.run(s, observer));
        }
        double per = (double) ROUNDS * sessions.size();
        long all = byRule.values().stream().mapToLong(t -> t[1]).sum();
        System.out.printf(Locale.ROOT, "consequences, all rules: %.0f µs per assessment (timed one by one); the longest:%n",
                all / 1000.0 / per);
        byRule.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(12)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f µs, %5.1f firings: %s%n",
                        e.getValue()[1] / 1000.0 / per, e.getValue()[0] / per, e.getKey()));
    }

    /** The rules' time with the year-end files up to each one (the other parts' files all kept, as a part needs them). */
    private static void filesOneByOne(Path tables, List<Case> cases) throws IOException {
        List<RuleFile> files = Ruleset.readRules(Path.of("rules")).files();
        List<RuleFile> yearEnd = files.stream().filter(f -> packageOf(f).equals("rules")).toList();
        List<RuleFile> others = files.stream().filter(f -> !packageOf(f).equals("rules")).toList();
        long before = 0;
        for (int k = 0; k <= yearEnd.size(); k++) {
            Path dir = Files.createTempDirectory("jixiao-rules");
            try {
                List<RuleFile> kept = new ArrayList<>(others);
                kept.addAll(k == 0 ? List.of(NO_RULE) : yearEnd.subList(0, k));
                for (RuleFile f : kept) {
                    Files.writeString(dir.resolve(Path.of(f.path()).getFileName()), f.content());
                }
                Evaluator part = new Evaluator(Ruleset.load(dir, tables));
                List<Evaluator.Session> sessions = cases.stream()
                        .map(c -> part.session(c.declaration(), c.assessment())).toList();
                long rules = median(sessions, s -> part.run(s).firings());
                System.out.printf(Locale.ROOT, "rules up to %s: %d µs (%+d)%n", k == 0
                        ? "none (the facts inserted into a session, no rule to fire)"
                        : Path.of(yearEnd.get(k - 1).path()).getFileName(), rules, rules - before);
                before = rules;
            } finally {
                delete(dir);
            }
        }
    }

    private static String packageOf(RuleFile f) {
        return f.content().lines().map(String::strip).filter(l -> l.startsWith("package "))
                .map(l -> l.substring("package ".length()).replace(";", "").strip()).findFirst().orElse("");
    }

    /** The median over the rounds of µs per item to apply {@code step} to every item, after the warm-up. */
    private static <T> long median(List<T> items, ToLongFunction<T> step) {
        long sink = 0;
        for (int r = 0; r < WARM_UP; r++) {
            for (T item : items) {
                sink += step.applyAsLong(item);
            }
        }
        long[] micros = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long start = System.nanoTime();
            for (T item : items) {
                sink += step.applyAsLong(item);
            }
            micros[r] = (System.nanoTime() - start) / 1000 / items.size();
        }
        if (sink < 0) {
            throw new IllegalStateException("a negative count");
        }
        Arrays.sort(micros);
        return micros[ROUNDS / 2];
    }

    private static List<Integer> indices(int n) {
        List<Integer> places = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            places.add(i);
        }
        return places;
    }

    private static void delete(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
