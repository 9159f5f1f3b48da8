package jixiao.web;

import static jixiao.web.FieldPath.at;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.scoring.Inputs;

/**
 * A declaration of targets (绩效目标) as a client sends it. {@link #read} checks what binding cannot (required
 * fields, lengths and ranges, duplicate ids and months), naming each field by its path, and gives what is
 * scored. Values inside valid fields are not judged here: the rules do that.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeclarationRequest(@Fields.Kind SubjectType subjectType, @Fields.Text String unit,
                                 @Fields.Text String name, @Fields.Whole Integer year, @Fields.Text String scoringTable,
                                 @Fields.Text String budget, @Fields.Text String budgetUnit,
                                 List<Checkpoint> spendingPlan, List<Indicator> indicators) {

    /** One row of the declaration's table. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(@Fields.Text String id, @Fields.Text String level1, @Fields.Text String level2,
                            @Fields.Text String level3, ValueRequest target, ValueRequest halfYearTarget,
                            @Fields.Decimal BigDecimal points, @Fields.Text String unit,
                            @Fields.Flag Boolean cumulative) {
    }

    /** A point of the spending plan: by the end of {@code month}, {@code percent} of the budget spent. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Checkpoint(@Fields.Whole Integer month, @Fields.Decimal BigDecimal percent) {
    }

    /** What is scored, checked at {@code path} ("" for a body of its own). */
    public Inputs.Declaration read(String path) {
        String scoring = Limits.length(scoringTable, Limits.OTHER_CHARS, at(path) + "scoringTable");
        if (subjectType == null && scoring == null) {
            throw new RequestProblem("MISSING_FIELD", at(path) + "subjectType is required (PROJECT or DEPARTMENT) when no "
                    + "scoringTable is given", at(path) + "subjectType");
        }
        List<Inputs.DeclaredIndicator> rows = indicators(at(path) + "indicators");
        String unitName = Limits.name(unit, Limits.UNIT_NAME_CHARS, at(path) + "unit");
        String subjectName = Limits.name(name, Limits.NAME_CHARS, at(path) + "name");
        if (year != null && (year < Limits.MIN_YEAR || year > Limits.MAX_YEAR)) {
            throw Limits.invalid(at(path) + "year must be from " + Limits.MIN_YEAR + " to " + Limits.MAX_YEAR,
                    at(path) + "year");
        }
        return new Inputs.Declaration(subjectType == null ? null : subjectType.name(), unitName, subjectName, year,
                scoring, budget == null ? null : Limits.amountText(budget, at(path) + "budget"),
                Limits.length(budgetUnit, Limits.UNIT_CHARS, at(path) + "budgetUnit"),
                spendingPlan(at(path) + "spendingPlan"), rows);
    }

    private List<Inputs.DeclaredIndicator> indicators(String path) {
        if (indicators == null) {
            throw new RequestProblem("MISSING_FIELD", path + " is required", path);
        }
        if (indicators.size() > Limits.MAX_INDICATORS) {
            throw new RequestProblem("TOO_MANY_INDICATORS", path + " has " + indicators.size() + " rows; at most "
                    + Limits.MAX_INDICATORS + " are accepted in one declaration", path);
        }
        List<Inputs.DeclaredIndicator> rows = new ArrayList<>(indicators.size());
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            String p = path + "[" + i + "]";
            Inputs.DeclaredIndicator row = indicator(Rows.present(indicators.get(i), p), p);
            if (row.id() != null && ids.putIfAbsent(row.id(), i) != null) {
                throw new RequestProblem("DUPLICATE_ID", p + ".id '" + row.id() + "' is already used by " + path + "["
                        + ids.get(row.id()) + "]", p + ".id");
            }
            rows.add(row);
        }
        return rows;
    }

    private static Inputs.DeclaredIndicator indicator(Indicator n, String path) {
        String at = path + ".";
        Inputs.ValueSpec target = ValueRequest.read(n.target(), at, "target");
        String level3 = Limits.length(n.level3(), Limits.LEVEL_CHARS, at, "level3");
        // a row whose target is empty (null, blank, /, —, -) is NOT_APPLICABLE, never a 400 (scoring.md §1.1)
        if (!ValueRequest.isEmpty(target) && (level3 == null || level3.isBlank())) {
            throw new RequestProblem("MISSING_FIELD", at + "level3 is required for an indicator with a target",
                    at + "level3");
        }
        BigDecimal points = Limits.upTo100(n.points(), at, "points");
        return new Inputs.DeclaredIndicator(Limits.length(n.id(), Limits.ID_CHARS, at, "id"),
                Limits.length(n.level1(), Limits.LEVEL_CHARS, at, "level1"),
                Limits.length(n.level2(), Limits.LEVEL_CHARS, at, "level2"), level3, target,
                ValueRequest.read(n.halfYearTarget(), at, "halfYearTarget"), points,
                Limits.length(n.unit(), Limits.UNIT_CHARS, at, "unit"), n.cumulative());
    }

    private List<Inputs.Checkpoint> spendingPlan(String path) {
        List<Inputs.Checkpoint> plan = new ArrayList<>();
        if (spendingPlan == null) {
            return plan;
        }
        for (int i = 0; i < spendingPlan.size(); i++) {
            String p = path + "[" + i + "]";
            Checkpoint c = Rows.present(spendingPlan.get(i), p);
            if (c.month() == null || c.month() < 1 || c.month() > 12) {
                throw Limits.invalid(p + ".month must be a month from 1 to 12", p + ".month");
            }
            BigDecimal percent = Limits.upTo100(c.percent(), p + ".percent");
            if (percent == null) {
                throw Limits.invalid(p + ".percent must be a number from 0 to 100", p + ".percent");
            }
            for (int j = 0; j < plan.size(); j++) {
                if (plan.get(j).month() == c.month()) {
                    throw new RequestProblem("DUPLICATE_MONTH", p + ".month " + c.month() + " is already planned by "
                            + path + "[" + j + "]", p + ".month");
                }
            }
            plan.add(new Inputs.Checkpoint(c.month(), percent));
        }
        return plan;
    }
}
