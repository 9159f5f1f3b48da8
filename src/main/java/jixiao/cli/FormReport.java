package jixiao.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jixiao.forms.FormWarning;
import jixiao.forms.ImportedForm;
import jixiao.indicator.Decimals;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Inputs;
import jixiao.scoring.Severity;

/**
 * One scored form as a person reads it in a terminal: what it is, the total and grade, every indicator that
 * lost points (score below its points) with its status and the rule's explanation, budget execution when it
 * lost points, the number of deviations, and the import's warnings with their cells.
 */
final class FormReport {
    private final PrintStream out;
    private final Map<String, String> statuses;

    FormReport(PrintStream out, Map<String, String> statuses) {
        this.out = out;
        this.statuses = statuses;
    }

    /** {@code 表 1：物业管理费（株洲市渌口区机关事务服务中心，2022 年度）  自评表!A1:J31}. */
    void title(int number, ImportedForm form) {
        Inputs.Declaration d = form.declaration();
        StringBuilder what = new StringBuilder(d.name() == null ? "（未写名称）" : d.name());
        String unit = d.unit() == null ? "" : d.unit();
        String year = d.year() == null ? "" : d.year() + " 年度";
        if (!unit.isEmpty() || !year.isEmpty()) {
            what.append("（").append(unit).append(!unit.isEmpty() && !year.isEmpty() ? "，" : "").append(year).append("）");
        }
        out.println("表 " + number + "：" + what + "  " + form.source());
    }

    void unscoredDeclaration() {
        out.println("  绩效目标申报表，没有实际完成值，未评分。");
    }

    void scored(EvaluationResult r) {
        out.println("  总分 " + Decimals.show(r.totalScore()) + " 分，等级 " + (r.grade() == null ? "无" : r.grade())
                + "（评分表 " + r.scoringTable() + "，规则版本 " + shortVersion(r) + "）");
        List<EvaluationResult.Indicator> lost = r.indicators().stream().filter(FormReport::lostPoints).toList();
        EvaluationResult.Budget budget = r.budgetExecution();
        boolean budgetLost = budget != null && budget.points() != null && budget.score() != null
                && budget.score().compareTo(budget.points()) < 0;
        if (lost.isEmpty() && !budgetLost) {
            out.println("  没有失分指标。");
        } else {
            out.println("  失分指标 " + (lost.size() + (budgetLost ? 1 : 0)) + " 项：");
        }
        for (EvaluationResult.Indicator i : lost) {
            out.println("    - " + name(i) + "：" + Decimals.show(i.score() == null ? BigDecimal.ZERO : i.score()) + " / "
                    + Decimals.show(i.points()) + " 分，" + statuses.getOrDefault(String.valueOf(i.status()),
                    String.valueOf(i.status())) + (i.explanation() == null ? "" : "。" + i.explanation()));
        }
        if (budgetLost) {
            out.println("    - 预算执行率 " + Decimals.show(budget.rate()) + "%：" + Decimals.show(budget.score()) + " / "
                    + Decimals.show(budget.points()) + " 分" + (budget.explanation() == null ? "" : "。" + budget.explanation()));
        }
        long errors = r.deviations().stream().filter(d -> d.severity() == Severity.ERROR).count();
        if (!r.deviations().isEmpty()) {
            out.println("  偏差 " + r.deviations().size() + " 项" + (errors > 0 ? "（其中严重 " + errors + " 项）" : "")
                    + "，见工作簿的「偏差」表。");
        }
    }

    void warnings(List<FormWarning> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        out.println("  读取提示 " + warnings.size() + " 条：");
        warnings.forEach(w -> out.println("    - " + w.cell() + "：" + w.message()));
    }

    /** An indicator with points that scored below them (no score at all: nothing of them). */
    static boolean lostPoints(EvaluationResult.Indicator i) {
        return i.points() != null && i.points().signum() > 0
                && (i.score() == null || i.score().compareTo(i.points()) < 0);
    }

    private static String name(EvaluationResult.Indicator i) {
        String where = i.level2() != null ? i.level2() : i.level1();
        return (i.level3() == null ? i.id() : i.level3()) + (where == null ? "" : "（" + where + "）");
    }

    private static String shortVersion(EvaluationResult r) {
        String v = r.ruleset() == null ? null : r.ruleset().version();
        return v == null ? "—" : v.length() > 19 ? v.substring(0, 19) + "…" : v;
    }
}
