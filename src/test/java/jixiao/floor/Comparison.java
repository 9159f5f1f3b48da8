package jixiao.floor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jixiao.indicator.Decimals;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Evaluator;

/**
 * The engine's result against the floor's for the same input: the total, the grade, the budget rate,
 * the mid-year light, each indicator's status and score at 2 decimals and its light, and the deviations as
 * a multiset of type and indicator id. Kinds are compared by name, so enums and strings in the result compare alike.
 */
public final class Comparison {
    private Comparison() {
    }

    /** Every case through both; the differences found (each naming the case's index and label), at most {@code max}. */
    public static List<String> run(Evaluator engine, FloorScorer floor, List<Case> cases, int max) {
        List<String> found = new ArrayList<>();
        for (int k = 0; k < cases.size() && found.size() < max; k++) {
            Case c = cases.get(k);
            List<String> diffs = differences(engine.evaluate(c.declaration(), c.assessment()),
                    floor.score(c.declaration(), c.assessment()));
            for (String d : diffs) {
                if (found.size() < max) {
                    found.add("input " + k + " (" + c.label() + "): " + d);
                }
            }
        }
        return found;
    }

    public static List<String> differences(EvaluationResult engine, FloorResult floor) {
        List<String> out = new ArrayList<>();
        same(out, "total", shown(engine.totalScore()), shown(floor.total()));
        same(out, "grade", String.valueOf(engine.grade()), String.valueOf(floor.grade()));
        same(out, "light", String.valueOf(engine.light()), String.valueOf(floor.light()));
        BigDecimal engineRate = engine.budgetExecution() == null ? null : engine.budgetExecution().rate();
        same(out, "budget rate %", shown(engineRate),
                shown(floor.budgetRate() == null ? null : Decimals.mul(floor.budgetRate(), Decimals.HUNDRED)));
        List<EvaluationResult.Indicator> ei = engine.indicators();
        List<FloorResult.IndicatorScore> fi = floor.indicators();
        if (ei.size() != fi.size()) {
            out.add("indicators: engine has " + ei.size() + ", floor " + fi.size());
        }
        for (int i = 0; i < Math.min(ei.size(), fi.size()); i++) {
            EvaluationResult.Indicator e = ei.get(i);
            FloorResult.IndicatorScore f = fi.get(i);
            String id = String.valueOf(e.id());
            same(out, "id of indicator " + i, id, String.valueOf(f.id()));
            same(out, "status of " + id, String.valueOf(e.status()), f.status());
            same(out, "score of " + id, shown(e.score()), shown(f.score()));
            same(out, "light of " + id, String.valueOf(e.light()), String.valueOf(f.light()));
        }
        Map<String, Integer> balance = new TreeMap<>();
        engine.deviations().forEach(d -> balance.merge(String.valueOf(d.type())
                + (d.indicatorId() == null ? "" : ":" + d.indicatorId()), 1, Integer::sum));
        floor.deviations().forEach(d -> balance.merge(d.key(), -1, Integer::sum));
        List<String> engineOnly = new ArrayList<>();
        List<String> floorOnly = new ArrayList<>();
        balance.forEach((key, n) -> {
            for (int i = 0; i < Math.abs(n); i++) {
                (n > 0 ? engineOnly : floorOnly).add(key);
            }
        });
        if (!engineOnly.isEmpty() || !floorOnly.isEmpty()) {
            out.add("deviations: engine only " + engineOnly + ", floor only " + floorOnly);
        }
        return out;
    }

    private static void same(List<String> out, String what, String engine, String floor) {
        if (!engine.equals(floor)) {
            out.add(what + ": engine " + engine + ", floor " + floor);
        }
    }

    /** A number at 2 decimals without trailing zeros; "null" for none. */
    private static String shown(BigDecimal x) {
        return x == null ? "null" : Decimals.plain(Decimals.round2(x));
    }
}
