package jixiao.web;

import static jixiao.web.FieldPath.at;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jixiao.scoring.Inputs;
import jixiao.scoring.Period;

/**
 * A self-assessment (自评) of a declaration as a client sends it: the period it reports on, the budget
 * spent and the actuals. {@link #read} checks it at its path and gives what is scored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssessmentRequest(@Fields.Kind Period period, @Fields.Whole Integer month,
                                @Fields.Text String budgetAdjusted, @Fields.Text String budgetExecuted,
                                @Fields.Text String spendingReason, List<Actual> actuals) {
    private static final Set<String> LIKELIHOODS = Set.of("确定能", "有可能", "完全不可能");

    /** A request without an assessment: the year-end report of nothing (every indicator without its actual). */
    static final Inputs.Assessment NONE = new Inputs.Assessment(Period.FULL_YEAR, 12, null, null, null, List.of());

    /** One reported actual, matched to its indicator by id or by name (scoring.md §4). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Actual(@Fields.Text String id, @Fields.Text String level1, @Fields.Text String level2,
                         @Fields.Text String level3, ValueRequest actual, @Fields.Text String reason,
                         @Fields.Decimal java.math.BigDecimal claimedScore, @Fields.Text String completionLikelihood) {
    }

    /** What is scored, checked at {@code path} ("" for a body of its own). */
    public Inputs.Assessment read(String path) {
        Period kind = period == null ? Period.FULL_YEAR : period;
        if (month != null && (month < 1 || month > 12)) {
            throw Limits.invalid(at(path) + "month must be from 1 to 12", at(path) + "month");
        }
        if (kind == Period.HALF_YEAR && month != null && month > 11) {
            throw Limits.invalid(at(path) + "month must be from 1 to 11 for a HALF_YEAR assessment (monitoring "
                    + "happens during the year; send the year-end report as FULL_YEAR)", at(path) + "month");
        }
        List<Inputs.ReportedActual> rows = actuals(at(path) + "actuals");
        return new Inputs.Assessment(kind, month,
                budgetAdjusted == null ? null : Limits.amountText(budgetAdjusted, at(path) + "budgetAdjusted"),
                budgetExecuted == null ? null : Limits.amountText(budgetExecuted, at(path) + "budgetExecuted"),
                Limits.length(spendingReason, Limits.REASON_CHARS, at(path) + "spendingReason"), rows);
    }

    private List<Inputs.ReportedActual> actuals(String path) {
        List<Inputs.ReportedActual> rows = new ArrayList<>();
        if (actuals == null) {
            return rows;
        }
        if (actuals.size() > Limits.MAX_ACTUALS) {
            throw new RequestProblem("TOO_MANY_ACTUALS", path + " has " + actuals.size() + " rows; at most "
                    + Limits.MAX_ACTUALS + " are accepted in one assessment", path);
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < actuals.size(); i++) {
            String p = path + "[" + i + "]";
            Inputs.ReportedActual row = actual(Rows.present(actuals.get(i), p), p);
            if (row.id() != null && ids.putIfAbsent(row.id(), i) != null) {
                throw new RequestProblem("DUPLICATE_ID", p + ".id '" + row.id() + "' is already used by " + path + "["
                        + ids.get(row.id()) + "]", p + ".id");
            }
            rows.add(row);
        }
        return rows;
    }

    private static Inputs.ReportedActual actual(Actual a, String path) {
        String at = path + ".";
        String likelihood = Limits.length(a.completionLikelihood(), Limits.OTHER_CHARS, at, "completionLikelihood");
        if (likelihood != null && !LIKELIHOODS.contains(likelihood.strip())) {
            throw Limits.invalid(at + "completionLikelihood must be one of 确定能, 有可能, 完全不可能",
                    at + "completionLikelihood");
        }
        return new Inputs.ReportedActual(Limits.length(a.id(), Limits.ID_CHARS, at, "id"),
                Limits.length(a.level1(), Limits.LEVEL_CHARS, at, "level1"),
                Limits.length(a.level2(), Limits.LEVEL_CHARS, at, "level2"),
                Limits.length(a.level3(), Limits.LEVEL_CHARS, at, "level3"),
                ValueRequest.read(a.actual(), at, "actual"), Limits.length(a.reason(), Limits.REASON_CHARS, at, "reason"),
                Limits.upTo100(a.claimedScore(), at, "claimedScore"), likelihood == null ? null : likelihood.strip());
    }
}
