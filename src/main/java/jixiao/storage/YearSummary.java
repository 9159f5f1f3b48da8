package jixiao.storage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jixiao.indicator.Decimals;
import jixiao.scoring.DeviationType;
import jixiao.scoring.Light;
import jixiao.scoring.Period;
import jixiao.tables.Policy;

/**
 * The bureau's view of a year, from each declaration's current year-end evaluation: grades, the
 * score distribution, the ranking, the deviations to act on, and who has not submitted; at year end also the
 * spot checks' reviews (抽评复核, {@link SpotCheckFigures}).
 */
public record YearSummary(int year, Period period, long declarations, int evaluated, Map<String, Integer> grades,
                          Map<String, Integer> lights,
                          Scores scores, List<Bucket> distribution, List<Ranked> ranking, List<UnitRank> units,
                          List<Store.FlaggedDeviation> errors, List<Store.FlaggedDeviation> flagged,
                          List<Missing> notSubmitted, SpotCheckFigures spotChecks) {

    /**
     * Deviation types listed beside every ERROR: at year end a self-score the bureau should re-check; at
     * mid-year what is falling behind.
     */
    static List<String> flaggedTypes(Period period) {
        return (period == Period.HALF_YEAR
                ? Stream.of(DeviationType.LAGGING_PROGRESS, DeviationType.SPENDING_BEHIND_SCHEDULE)
                : Stream.of(DeviationType.SCORE_SPEND_MISMATCH, DeviationType.SCORE_OVERCLAIMED)).map(Enum::name).toList();
    }

    static final String UNGRADED = "无总分";

    public record Scores(BigDecimal mean, BigDecimal median, BigDecimal min, BigDecimal max) {
    }

    /** Scores from {@code from} (inclusive) to {@code to} (exclusive; null: no upper edge). */
    public record Bucket(BigDecimal from, BigDecimal to, int count) {
    }

    /** {@code light}: the subject's monitoring light at mid-year (null at year end), for the bureau's page. */
    public record Ranked(int rank, String unit, String name, String subjectType, BigDecimal totalScore, String grade,
                         int deviationCount, String declarationId, String evaluationId, String light) {
    }

    /** A unit (预算单位) ranked by the mean score of its evaluated subjects. */
    public record UnitRank(int rank, String unit, int subjects, BigDecimal meanScore, BigDecimal minScore) {
    }

    public record Missing(String declarationId, String unit, String name, String subjectType) {
    }

    static YearSummary of(int year, Period period, long declarations, List<Store.Evaluation> current,
                          List<Store.FlaggedDeviation> deviations, List<Store.Declaration> missing, Policy policy,
                          SpotCheckFigures spotChecks) {
        Map<String, Integer> lights = new LinkedHashMap<>();
        if (period == Period.HALF_YEAR) {
            for (Light l : Light.values()) {
                lights.put(l.name(), 0);
            }
            current.stream().filter(e -> e.light() != null).forEach(e -> lights.merge(e.light(), 1, Integer::sum));
        }
        Map<String, Integer> grades = new LinkedHashMap<>();
        policy.grades().forEach(g -> grades.put(g.grade(), 0));
        grades.put(UNGRADED, 0);
        List<BigDecimal> scores = new ArrayList<>();
        for (Store.Evaluation e : current) {
            grades.merge(e.grade() == null ? UNGRADED : e.grade(), 1, Integer::sum);
            if (e.totalScore() != null) {
                scores.add(e.totalScore());
            }
        }
        List<String> flaggedTypes = flaggedTypes(period);
        return new YearSummary(year, period, declarations, current.size(), grades, lights, scores(scores),
                buckets(scores, policy.scoreBuckets()), ranking(current), units(current),
                deviations.stream().filter(d -> "ERROR".equals(d.severity())).toList(),
                deviations.stream().filter(d -> flaggedTypes.contains(d.type())).toList(),
                missing.stream().map(d -> new Missing(d.id(), d.unit(), d.name(), d.subjectType())).toList(), spotChecks);
    }

    private static Scores scores(List<BigDecimal> scores) {
        if (scores.isEmpty()) {
            return new Scores(null, null, null, null);
        }
        List<BigDecimal> sorted = scores.stream().sorted().toList();
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int n = sorted.size();
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        return new Scores(Decimals.round2(Decimals.div(sum, BigDecimal.valueOf(n))), median, sorted.get(0),
                sorted.get(n - 1));
    }

    private static List<Bucket> buckets(List<BigDecimal> scores, List<BigDecimal> edges) {
        List<Bucket> out = new ArrayList<>();
        for (int i = 0; i <= edges.size(); i++) {
            BigDecimal from = i == 0 ? BigDecimal.ZERO : edges.get(i - 1);
            BigDecimal to = i == edges.size() ? null : edges.get(i);
            int count = (int) scores.stream()
                    .filter(s -> s.compareTo(from) >= 0 && (to == null || s.compareTo(to) < 0)).count();
            out.add(new Bucket(from, to, count));
        }
        return out;
    }

    /** Units by the mean of their subjects' totals, highest first; equal means share a rank. */
    private static List<UnitRank> units(List<Store.Evaluation> current) {
        Map<String, List<BigDecimal>> byUnit = new LinkedHashMap<>();
        current.stream().filter(e -> e.totalScore() != null)
                .forEach(e -> byUnit.computeIfAbsent(e.unit(), u -> new ArrayList<>()).add(e.totalScore()));
        List<UnitRank> unranked = new ArrayList<>();
        byUnit.forEach((unit, totals) -> unranked.add(new UnitRank(0, unit, totals.size(),
                Decimals.round2(Decimals.div(totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                        BigDecimal.valueOf(totals.size()))),
                totals.stream().min(BigDecimal::compareTo).orElseThrow())));
        unranked.sort((a, b) -> b.meanScore().compareTo(a.meanScore()));
        List<UnitRank> out = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            UnitRank u = unranked.get(i);
            int rank = i > 0 && out.get(i - 1).meanScore().compareTo(u.meanScore()) == 0 ? out.get(i - 1).rank() : i + 1;
            out.add(new UnitRank(rank, u.unit(), u.subjects(), u.meanScore(), u.minScore()));
        }
        return out;
    }

    /** Highest score first; equal scores share a rank; subjects without a total come last, unranked. */
    private static List<Ranked> ranking(List<Store.Evaluation> current) {
        List<Store.Evaluation> sorted = new ArrayList<>(current);
        sorted.sort((a, b) -> a.totalScore() == null ? (b.totalScore() == null ? 0 : 1)
                : b.totalScore() == null ? -1 : b.totalScore().compareTo(a.totalScore()));
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Store.Evaluation e = sorted.get(i);
            int rank = e.totalScore() == null ? 0
                    : i > 0 && out.get(i - 1).totalScore() != null && out.get(i - 1).totalScore().compareTo(e.totalScore()) == 0
                    ? out.get(i - 1).rank() : i + 1;
            out.add(new Ranked(rank, e.unit(), e.name(), e.subjectType(), e.totalScore(), e.grade(), e.deviationCount(),
                    e.declarationId(), e.id(), e.light()));
        }
        return out;
    }
}
