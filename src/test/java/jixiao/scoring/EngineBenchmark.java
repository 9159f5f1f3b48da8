package jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jixiao.indicator.IndicatorContext;
import jixiao.indicator.IndicatorValue;
import jixiao.indicator.Op;
import jixiao.indicator.Decimals;

/**
 * Scores N generated 40-indicator assessments through the engine path the API uses, and the same
 * inputs through a plain-Java floor (same parser, same formulas, no Drools), in one run.
 * Run: see README "Benchmark". Not a test: it prints figures.
 */
public final class EngineBenchmark {
    private static final String[] GROUPS = {"产出指标", "效益指标", "满意度指标", "成本指标"};

    private EngineBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        List<Inputs.Declaration> declarations = new ArrayList<>();
        List<Inputs.Assessment> assessments = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            List<Inputs.DeclaredIndicator> ind = new ArrayList<>();
            List<Inputs.ReportedActual> act = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = "i" + i;
                String level1 = GROUPS[i % GROUPS.length];
                boolean qualitative = i % 5 == 4;
                String target = qualitative ? "合规" : level1.equals("成本指标") ? "≤" + (100 + i) + "万元" : "≥" + (90 + i % 10) + "%";
                String actual = qualitative ? ((k + i) % 3 == 0 ? "基本合规" : "合规")
                        : level1.equals("成本指标") ? (95 + (k + i) % 15) + "万元" : (80 + (k * 7 + i) % 20) + "%";
                ind.add(new Inputs.DeclaredIndicator(id, level1, "二级", "指标" + i, new Inputs.ValueSpec.Text(target),
                        null, null, null, null));
                act.add(new Inputs.ReportedActual(id, null, null, null, new Inputs.ValueSpec.Text(actual), null, null, null));
            }
            declarations.add(new Inputs.Declaration("PROJECT", "单位" + k, "项目", 2026, "mof-project", "100", "万元",
                    List.of(), ind));
            assessments.add(new Inputs.Assessment(Period.FULL_YEAR, 12, null, String.valueOf(80 + k % 20), null, act));
        }
        long startLoad = System.nanoTime();
        Evaluator evaluator = Fixtures.EVALUATOR;
        System.out.printf("rules and tables loaded in %d ms%n", (System.nanoTime() - startLoad) / 1_000_000);
        for (int warm = 0; warm < 2; warm++) {
            runEngine(evaluator, declarations, assessments, Math.min(n, 300));
            runFloor(evaluator, declarations, assessments, Math.min(n, 300));
        }
        List<Inputs.Assessment> halfYear = assessments.stream().map(a -> new Inputs.Assessment(Period.HALF_YEAR, 6,
                a.budgetAdjusted(), a.budgetExecuted(), a.spendingReason(), a.actuals())).toList();
        runEngine(evaluator, declarations, halfYear, Math.min(n, 300));
        double engine = runEngine(evaluator, declarations, assessments, n);
        double floor = runFloor(evaluator, declarations, assessments, n);
        double monitoring = runEngine(evaluator, declarations, halfYear, n);
        System.out.printf("engine (Drools): %,.0f assessments/s, %,.0f indicators/s%n", n / engine, 40 * n / engine);
        System.out.printf("plain-Java floor: %,.0f assessments/s, %,.0f indicators/s%n", n / floor, 40 * n / floor);
        System.out.printf("engine / floor time ratio: %.1f%n", engine / floor);
        System.out.printf("engine at mid-year (HALF_YEAR, month 6, same inputs): %,.0f assessments/s (%.2f × year-end time)%n",
                n / monitoring, monitoring / engine);
    }

    private static double runEngine(Evaluator e, List<Inputs.Declaration> ds, List<Inputs.Assessment> as, int n) {
        long start = System.nanoTime();
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < n; k++) {
            BigDecimal total = e.evaluate(ds.get(k), as.get(k)).totalScore();
            sum = sum.add(total == null ? BigDecimal.ZERO : total);
        }
        if (sum.signum() < 0) {
            throw new IllegalStateException();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The floor: parse both sides and apply the ≥/≤ ratio formulas and the tier default, nothing else. */
    private static double runFloor(Evaluator e, List<Inputs.Declaration> ds, List<Inputs.Assessment> as, int n) {
        long start = System.nanoTime();
        BigDecimal total = BigDecimal.ZERO;
        for (int k = 0; k < n; k++) {
            List<Inputs.DeclaredIndicator> ind = ds.get(k).indicators();
            List<Inputs.ReportedActual> act = as.get(k).actuals();
            BigDecimal w = BigDecimal.ONE;
            for (int i = 0; i < ind.size(); i++) {
                Inputs.DeclaredIndicator d = ind.get(i);
                IndicatorContext ctx = new IndicatorContext(d.level1(), d.level2(), d.level3(), d.unit());
                IndicatorValue t = e.parser().parseTarget(((Inputs.ValueSpec.Text) d.target()).text(), ctx);
                IndicatorValue a = e.parser().parseActual(((Inputs.ValueSpec.Text) act.get(i).actual()).text(), ctx);
                if (t instanceof IndicatorValue.Quantity tq && a instanceof IndicatorValue.Quantity aq) {
                    boolean atLeast = tq.op() == Op.GE || tq.op() == Op.GT;
                    int c = aq.value().compareTo(tq.value());
                    total = total.add(atLeast ? (c >= 0 ? w : Decimals.div(Decimals.mul(w, aq.value()), tq.value()))
                            : (c <= 0 ? w : Decimals.div(Decimals.mul(w, tq.value()), aq.value())));
                } else if (t instanceof IndicatorValue.Term tt && a instanceof IndicatorValue.Term at) {
                    total = total.add(tt.term().equals(at.term()) ? w : Decimals.mul(w, new BigDecimal("0.7")));
                }
            }
        }
        if (total.signum() < 0) {
            throw new IllegalStateException();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
