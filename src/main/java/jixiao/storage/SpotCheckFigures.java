package jixiao.storage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.indicator.Decimals;

/**
 * The year summary's spot-check figures (抽评复核): of each reviewed self-assessment evaluation its latest review —
 * how many were checked, the mean gap (self total − reviewed total, over those with both totals), how many were
 * found inflated (SELF_SCORE_INFLATED), the units ranked by their mean gap (largest first; equal gaps share a
 * rank; a unit without a gap comes last, unranked), and every check (by unit, name and declaration id, compared
 * as Java strings whatever the database's collation).
 */
public record SpotCheckFigures(int checked, BigDecimal meanGap, int inflated, List<UnitGap> units,
                               List<Check> reviews) {

    public record UnitGap(int rank, String unit, int checked, BigDecimal meanGap, int inflated) {
    }

    public record Check(String unit, String name, BigDecimal selfTotal, String selfGrade, BigDecimal reviewedTotal,
                        String reviewedGrade, BigDecimal gap, boolean inflated, String reviewId, String evaluationId,
                        String declarationId) {
    }

    static final SpotCheckFigures NONE = new SpotCheckFigures(0, null, 0, List.of(), List.of());

    static SpotCheckFigures of(List<SpotCheckStore.Reviewed> reviewed) {
        List<Check> checks = reviewed.stream().map(r -> new Check(r.unit(), r.name(), strip(r.selfTotal()),
                r.selfGrade(), strip(r.reviewedTotal()), r.reviewedGrade(), Comparison.minus(r.selfTotal(),
                r.reviewedTotal()), r.inflated(), r.reviewId(), r.reviewOf(), r.declarationId()))
                .sorted(Comparator.comparing(Check::unit).thenComparing(Check::name).thenComparing(Check::declarationId))
                .toList();
        return new SpotCheckFigures(checks.size(), mean(checks), (int) checks.stream().filter(Check::inflated).count(),
                units(checks), checks);
    }

    private static List<UnitGap> units(List<Check> checks) {
        Map<String, List<Check>> byUnit = new LinkedHashMap<>();
        checks.forEach(c -> byUnit.computeIfAbsent(c.unit(), u -> new ArrayList<>()).add(c));
        List<UnitGap> unranked = new ArrayList<>();
        byUnit.forEach((unit, cs) -> unranked.add(new UnitGap(0, unit, cs.size(), mean(cs),
                (int) cs.stream().filter(Check::inflated).count())));
        unranked.sort(Comparator.comparing(UnitGap::meanGap, Comparator.nullsLast(Comparator.reverseOrder())));
        List<UnitGap> out = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            UnitGap u = unranked.get(i);
            int rank = u.meanGap() == null ? 0 : i > 0 && out.get(i - 1).meanGap() != null
                    && out.get(i - 1).meanGap().compareTo(u.meanGap()) == 0 ? out.get(i - 1).rank() : i + 1;
            out.add(new UnitGap(rank, u.unit(), u.checked(), u.meanGap(), u.inflated()));
        }
        return out;
    }

    private static BigDecimal mean(List<Check> checks) {
        List<BigDecimal> gaps = checks.stream().map(Check::gap).filter(g -> g != null).toList();
        if (gaps.isEmpty()) {
            return null;
        }
        BigDecimal sum = gaps.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Decimals.round2(Decimals.div(sum, BigDecimal.valueOf(gaps.size()))).stripTrailingZeros();
    }

    private static BigDecimal strip(BigDecimal x) {
        return x == null ? null : x.stripTrailingZeros();
    }
}
