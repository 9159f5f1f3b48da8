package jixiao.forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jixiao.scoring.Inputs;

/**
 * Makes the declaration and assessment of one form from its header and rows. Indicator ids are {@code r1},
 * {@code r2} … in row order, so the same table has the same ids in every format; a form that carries its
 * own ids (the export's 指标编号 column) keeps them when every row has one and none repeats.
 */
final class FormAssembler {
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,39}");

    private FormAssembler() {
    }

    static ImportedForm assemble(FormHeader h, List<IndicatorRow> rows, String source, Warnings warnings) {
        List<String> ids = ids(rows, warnings);
        List<Inputs.DeclaredIndicator> indicators = new ArrayList<>();
        List<Inputs.ReportedActual> actuals = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow r = rows.get(i);
            indicators.add(new Inputs.DeclaredIndicator(ids.get(i), r.level1(), r.level2(), r.level3(),
                    text(r.target()), text(r.halfYearTarget()), r.points(), r.unit(), null));
            if (r.reportsActual()) {
                actuals.add(new Inputs.ReportedActual(ids.get(i), r.level1(), r.level2(), r.level3(), text(r.actual()),
                        r.reason(), r.claimedScore(), r.completionLikelihood()));
            }
        }
        Inputs.Declaration declaration = new Inputs.Declaration(h.subjectType(), h.unit(), h.name(), h.year(),
                h.scoringTable(), h.budget(), h.budgetUnit(), h.spendingPlan(), indicators);
        Inputs.Assessment assessment = h.kind() == FormKind.SELF_ASSESSMENT
                ? new Inputs.Assessment(h.period(), h.month(), h.budgetAdjusted(), h.budgetExecuted(), h.spendingReason(), actuals)
                : null;
        return new ImportedForm(h.kind(), source, declaration, assessment, warnings.list());
    }

    private static List<String> ids(List<IndicatorRow> rows, Warnings warnings) {
        List<String> own = rows.stream().map(IndicatorRow::id).toList();
        boolean any = own.stream().anyMatch(id -> id != null);
        Set<String> seen = new HashSet<>();
        boolean usable = any && own.stream().allMatch(id -> id != null && ID.matcher(id).matches() && seen.add(id));
        if (any && !usable) {
            warnings.add("", "指标编号列有空缺、重复或不合规的编号，已改按行序编号 r1、r2 …");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ids.add(usable ? own.get(i) : "r" + (i + 1));
        }
        return ids;
    }

    private static Inputs.ValueSpec text(String s) {
        return s == null ? null : new Inputs.ValueSpec.Text(s);
    }
}
