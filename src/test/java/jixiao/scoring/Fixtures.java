package jixiao.scoring;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real rules/ and scoring-tables/ folders, loaded once for the tests, and builders for inputs. */
final class Fixtures {
    static final Ruleset RULESET = Ruleset.load(Path.of("rules"), Path.of("scoring-tables"));
    static final Evaluator EVALUATOR = new Evaluator(RULESET);

    private Fixtures() {
    }

    static Inputs.ValueSpec text(String s) {
        return s == null ? null : new Inputs.ValueSpec.Text(s);
    }

    static Inputs.DeclaredIndicator ind(String id, String level1, String level3, String target) {
        return new Inputs.DeclaredIndicator(id, level1, null, level3, text(target), null, null, null, null);
    }

    static Inputs.DeclaredIndicator ind(String id, String level1, String level3, String target, String points) {
        return new Inputs.DeclaredIndicator(id, level1, null, level3, text(target), null,
                points == null ? null : new BigDecimal(points), null, null);
    }

    static Inputs.ReportedActual act(String id, String actual) {
        return new Inputs.ReportedActual(id, null, null, null, text(actual), null, null, null);
    }

    static Inputs.ReportedActual act(String id, String actual, String reason, String claim) {
        return new Inputs.ReportedActual(id, null, null, null, text(actual), reason,
                claim == null ? null : new BigDecimal(claim), null);
    }

    static Inputs.Declaration project(String table, String budget, List<Inputs.DeclaredIndicator> indicators) {
        return new Inputs.Declaration("PROJECT", "单位", "项目", 2026, table, budget, "万元", List.of(), indicators);
    }

    static Inputs.Assessment fullYear(String executed, List<Inputs.ReportedActual> actuals) {
        return new Inputs.Assessment(Period.FULL_YEAR, 12, null, executed, null, new ArrayList<>(actuals));
    }

    /** An indicator with a half-year value beside its full-year target, and whether it is declared cumulative. */
    static Inputs.DeclaredIndicator ind(String id, String level1, String level3, String target, String halfYear,
                                        Boolean cumulative) {
        return new Inputs.DeclaredIndicator(id, level1, null, level3, text(target), text(halfYear), null, null,
                cumulative);
    }

    static Inputs.Declaration planned(String budget, List<Inputs.Checkpoint> plan,
                                      List<Inputs.DeclaredIndicator> indicators) {
        return new Inputs.Declaration("PROJECT", "单位", "项目", 2026, "mof-project", budget, "元", plan, indicators);
    }

    static Inputs.Assessment halfYear(int month, String executed, String spendingReason,
                                      List<Inputs.ReportedActual> actuals) {
        return new Inputs.Assessment(Period.HALF_YEAR, month, null, executed, spendingReason, new ArrayList<>(actuals));
    }

    static Inputs.Checkpoint at(int month, String percent) {
        return new Inputs.Checkpoint(month, new BigDecimal(percent));
    }

    static EvaluationResult.Indicator indicator(EvaluationResult r, String id) {
        return r.indicators().stream().filter(i -> id.equals(i.id())).findFirst().orElseThrow();
    }

    static List<String> deviationTypes(EvaluationResult r) {
        return r.deviations().stream().map(d -> d.type() + (d.indicatorId() == null ? "" : ":" + d.indicatorId())).toList();
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
