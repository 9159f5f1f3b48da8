package jixiao.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jixiao.indicator.Normaliser;
import jixiao.indicator.Op;
import jixiao.scoring.Inputs;
import jixiao.scoring.Period;
import jixiao.web.RequestProblem;

/**
 * Reads a preview request's JSON into {@link Inputs}, rejecting what cannot be used with an error
 * that names the field's path. Values inside valid fields are not judged here: the rules do that.
 */
public final class RequestReader {
    private static final Set<String> LIKELIHOODS = Set.of("确定能", "有可能", "完全不可能");

    private final ObjectMapper mapper;

    public RequestReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The declaration and assessment of a preview request body. */
    public record Preview(Inputs.Declaration declaration, Inputs.Assessment assessment) {
    }

    public Preview preview(String body) {
        return preview(parse(body), "");
    }

    /** A declaration with its assessment, as the preview body or one item of a batch at {@code path}. */
    public Preview preview(JsonNode root, String path) {
        object(root, path);
        JsonNode declaration = root.get("declaration");
        if (declaration == null || declaration.isNull()) {
            throw problem("MISSING_FIELD", at(path) + "declaration is required", at(path) + "declaration");
        }
        Inputs.Declaration d = declaration(declaration, at(path) + "declaration");
        JsonNode assessment = root.get("assessment");
        Inputs.Assessment a = assessment == null || assessment.isNull()
                ? new Inputs.Assessment(Period.FULL_YEAR, 12, null, null, null, List.of())
                : assessment(assessment, at(path) + "assessment");
        return new Preview(d, a);
    }

    public JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw problem("MISSING_BODY", "the request body is empty; a JSON object is expected", "");
        }
        return JsonProblems.read(mapper, body, "", "the request body");
    }

    public Inputs.Declaration declaration(JsonNode n, String path) {
        object(n, path);
        String subjectType = enumText(n, path, "subjectType", Set.of("PROJECT", "DEPARTMENT"));
        String scoringTable = text(n, path, "scoringTable");
        if (subjectType == null && scoringTable == null) {
            throw problem("MISSING_FIELD", at(path) + "subjectType is required (PROJECT or DEPARTMENT) when no scoringTable is given",
                    at(path) + "subjectType");
        }
        JsonNode list = n.get("indicators");
        if (list == null || list.isNull()) {
            throw problem("MISSING_FIELD", at(path) + "indicators is required", at(path) + "indicators");
        }
        array(list, at(path) + "indicators");
        if (list.size() > Limits.MAX_INDICATORS) {
            throw problem("TOO_MANY_INDICATORS", at(path) + "indicators has " + list.size() + " rows; at most "
                    + Limits.MAX_INDICATORS + " are accepted in one declaration", at(path) + "indicators");
        }
        List<Inputs.DeclaredIndicator> indicators = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String p = at(path) + "indicators[" + i + "]";
            Inputs.DeclaredIndicator ind = indicator(list.get(i), p);
            if (ind.id() != null && ids.putIfAbsent(ind.id(), i) != null) {
                throw problem("DUPLICATE_ID", p + ".id '" + ind.id() + "' is already used by " + at(path) + "indicators["
                        + ids.get(ind.id()) + "]", p + ".id");
            }
            indicators.add(ind);
        }
        return new Inputs.Declaration(subjectType, text(n, path, "unit", Limits.UNIT_NAME_CHARS),
                text(n, path, "name", Limits.NAME_CHARS), year(n, path), scoringTable, amount(n, path, "budget"),
                text(n, path, "budgetUnit", Limits.UNIT_CHARS),
                spendingPlan(n.get("spendingPlan"), at(path) + "spendingPlan"), indicators);
    }

    private Inputs.DeclaredIndicator indicator(JsonNode n, String path) {
        object(n, path);
        Inputs.ValueSpec target = value(n.get("target"), at(path) + "target");
        String level3 = text(n, path, "level3", Limits.LEVEL_CHARS);
        // a row whose target is empty (null, blank, /, —, -) is NOT_APPLICABLE, never a 400 (scoring.md §1.1)
        if (!isEmpty(target) && (level3 == null || level3.isBlank())) {
            throw problem("MISSING_FIELD", at(path) + "level3 is required for an indicator with a target", at(path) + "level3");
        }
        BigDecimal points = bounded(n, path, "points", Limits.HUNDRED);
        return new Inputs.DeclaredIndicator(text(n, path, "id", Limits.ID_CHARS), text(n, path, "level1", Limits.LEVEL_CHARS),
                text(n, path, "level2", Limits.LEVEL_CHARS), level3, target,
                value(n.get("halfYearTarget"), at(path) + "halfYearTarget"), points,
                text(n, path, "unit", Limits.UNIT_CHARS), bool(n, path, "cumulative"));
    }

    public Inputs.Assessment assessment(JsonNode n, String path) {
        object(n, path);
        String periodText = enumText(n, path, "period", Set.of("FULL_YEAR", "HALF_YEAR"));
        Period period = periodText == null ? Period.FULL_YEAR : Period.valueOf(periodText);
        Integer month = integer(n, path, "month");
        if (month != null && (month < 1 || month > 12)) {
            throw problem("INVALID_VALUE", at(path) + "month must be from 1 to 12", at(path) + "month");
        }
        if (period == Period.HALF_YEAR && month != null && month > 11) {
            throw problem("INVALID_VALUE", at(path) + "month must be from 1 to 11 for a HALF_YEAR assessment (monitoring "
                    + "happens during the year; send the year-end report as FULL_YEAR)", at(path) + "month");
        }
        JsonNode list = n.get("actuals");
        List<Inputs.ReportedActual> actuals = new ArrayList<>();
        if (list != null && !list.isNull()) {
            array(list, at(path) + "actuals");
            if (list.size() > Limits.MAX_ACTUALS) {
                throw problem("TOO_MANY_ACTUALS", at(path) + "actuals has " + list.size() + " rows; at most "
                        + Limits.MAX_ACTUALS + " are accepted in one assessment", at(path) + "actuals");
            }
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                String p = at(path) + "actuals[" + i + "]";
                Inputs.ReportedActual a = actual(list.get(i), p);
                if (a.id() != null && ids.putIfAbsent(a.id(), i) != null) {
                    throw problem("DUPLICATE_ID", p + ".id '" + a.id() + "' is already used by " + at(path) + "actuals["
                            + ids.get(a.id()) + "]", p + ".id");
                }
                actuals.add(a);
            }
        }
        return new Inputs.Assessment(period, month, amount(n, path, "budgetAdjusted"),
                amount(n, path, "budgetExecuted"), text(n, path, "spendingReason", Limits.REASON_CHARS), actuals);
    }

    private Inputs.ReportedActual actual(JsonNode n, String path) {
        object(n, path);
        String likelihood = text(n, path, "completionLikelihood", Limits.OTHER_CHARS);
        if (likelihood != null && !LIKELIHOODS.contains(likelihood.strip())) {
            throw problem("INVALID_VALUE", at(path) + "completionLikelihood must be one of 确定能, 有可能, 完全不可能",
                    at(path) + "completionLikelihood");
        }
        return new Inputs.ReportedActual(text(n, path, "id", Limits.ID_CHARS), text(n, path, "level1", Limits.LEVEL_CHARS),
                text(n, path, "level2", Limits.LEVEL_CHARS), text(n, path, "level3", Limits.LEVEL_CHARS),
                value(n.get("actual"), at(path) + "actual"), text(n, path, "reason", Limits.REASON_CHARS),
                bounded(n, path, "claimedScore", Limits.HUNDRED), likelihood == null ? null : likelihood.strip());
    }

    private List<Inputs.Checkpoint> spendingPlan(JsonNode n, String path) {
        List<Inputs.Checkpoint> plan = new ArrayList<>();
        if (n == null || n.isNull()) {
            return plan;
        }
        array(n, path);
        for (int i = 0; i < n.size(); i++) {
            String p = path + "[" + i + "]";
            object(n.get(i), p);
            Integer month = integer(n.get(i), p, "month");
            if (month == null || month < 1 || month > 12) {
                throw problem("INVALID_VALUE", p + ".month must be a month from 1 to 12", p + ".month");
            }
            BigDecimal percent = bounded(n.get(i), p, "percent", Limits.HUNDRED);
            if (percent == null) {
                throw problem("INVALID_VALUE", p + ".percent must be a number from 0 to 100", p + ".percent");
            }
            for (int j = 0; j < plan.size(); j++) {
                if (plan.get(j).month() == month) {
                    throw problem("DUPLICATE_MONTH", p + ".month " + month + " is already planned by " + path + "["
                            + j + "]", p + ".month");
                }
            }
            plan.add(new Inputs.Checkpoint(month, percent));
        }
        return plan;
    }

    /** A target or actual: text, a number, or a structured object; null when absent. */
    private Inputs.ValueSpec value(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return new Inputs.ValueSpec.Text(Limits.length(n.asText(), Limits.VALUE_CHARS, path));
        }
        if (n.isNumber()) {
            return new Inputs.ValueSpec.Text(Limits.value(n.decimalValue(), path).toPlainString());
        }
        if (!n.isObject()) {
            throw problem("WRONG_TYPE", path + " must be text, a number or an object", path);
        }
        String term = text(n, path, "term", Limits.VALUE_CHARS);
        String opText = text(n, path, "op", Limits.UNIT_CHARS);
        String unit = text(n, path, "unit", Limits.UNIT_CHARS);
        if (term != null) {
            return new Inputs.ValueSpec.Structured(null, null, null, null, null, term);
        }
        Op op = null;
        if (opText != null) {
            op = Op.fromText(opText).orElseThrow(() -> problem("INVALID_VALUE",
                    at(path) + "op '" + opText + "' is not one of >=, <=, >, <, =, BETWEEN (or ≥, ≤)", at(path) + "op"));
        }
        if (op == Op.BETWEEN) {
            BigDecimal low = boundedValue(n, path, "low");
            BigDecimal high = boundedValue(n, path, "high");
            if (low == null || high == null) {
                throw problem("MISSING_FIELD", path + " with op BETWEEN needs low and high", path + (low == null ? ".low" : ".high"));
            }
            if (low.compareTo(high) > 0) {
                throw problem("INVALID_VALUE", at(path) + "low must not exceed high", at(path) + "low");
            }
            return new Inputs.ValueSpec.Structured(op, null, low, high, unit, null);
        }
        BigDecimal value = boundedValue(n, path, "value");
        if (value == null) {
            throw problem("MISSING_FIELD", path + " needs a value (or a term)", at(path) + "value");
        }
        return new Inputs.ValueSpec.Structured(op, value, null, null, unit, null);
    }

    private static void object(JsonNode n, String path) {
        if (n == null || !n.isObject()) {
            throw problem("WRONG_TYPE", (path.isEmpty() ? "the body" : path) + " must be an object", path);
        }
    }

    private static void array(JsonNode n, String path) {
        if (!n.isArray()) {
            throw problem("WRONG_TYPE", path + " must be an array", path);
        }
    }

    /** A text field of at most {@code max} characters; a number there is taken as its plain digits. */
    private static String text(JsonNode n, String path, String field, int max) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return Limits.length(v.asText(), max, at(path) + field);
        }
        if (v.isNumber()) {
            BigDecimal x = v.decimalValue();
            if (Limits.plainLength(x) > max) {
                throw Limits.invalid(at(path) + field + " is longer than " + max + " characters", at(path) + field);
            }
            return x.toPlainString();
        }
        throw problem("WRONG_TYPE", at(path) + field + " must be text", at(path) + field);
    }

    private static String text(JsonNode n, String path, String field) {
        return text(n, path, field, Limits.OTHER_CHARS);
    }

    private static String enumText(JsonNode n, String path, String field, Set<String> allowed) {
        String v = text(n, path, field);
        if (v != null && !allowed.contains(v)) {
            String shown = v.length() > 40 ? v.substring(0, 40) + "…" : v;
            throw problem("INVALID_VALUE", at(path) + field + " '" + shown + "' is not one of " + String.join(", ",
                    allowed.stream().sorted().toList()), at(path) + field);
        }
        return v;
    }

    /** An amount: a number, or text that may carry its own unit ({@code "352000元"}); within ±10^15. */
    private static String amount(JsonNode n, String path, String field) {
        JsonNode v = n.get(field);
        if (v != null && v.isNumber()) {
            return Limits.value(v.decimalValue(), at(path) + field).toPlainString();
        }
        String text = text(n, path, field, Limits.AMOUNT_CHARS);
        return text == null ? null : Limits.amountText(text, at(path) + field);
    }

    /** A number (or a number as text), not yet bounded: callers bound it at once. */
    private static BigDecimal number(JsonNode n, String path, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual() && v.asText().length() <= Limits.MAX_NUMBER_CHARS) {
            try {
                return new BigDecimal(v.asText().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw problem("WRONG_TYPE", at(path) + field + " must be a number", at(path) + field);
    }

    /** A target's value, low or high: within ±10^15. */
    private static BigDecimal boundedValue(JsonNode n, String path, String field) {
        BigDecimal x = number(n, path, field);
        return x == null ? null : Limits.value(x, at(path) + field);
    }

    /** Points, a claimed score, a percent: from 0 to {@code max}. */
    private static BigDecimal bounded(JsonNode n, String path, String field, BigDecimal max) {
        BigDecimal x = number(n, path, field);
        return x == null ? null : Limits.between0And(x, max, at(path) + field);
    }

    private static Integer year(JsonNode n, String path) {
        Integer year = integer(n, path, "year");
        if (year != null && (year < Limits.MIN_YEAR || year > Limits.MAX_YEAR)) {
            throw Limits.invalid(at(path) + "year must be from " + Limits.MIN_YEAR + " to " + Limits.MAX_YEAR,
                    at(path) + "year");
        }
        return year;
    }

    /** A target with no value: absent, or text that normalises to empty (scoring.md §1.1). */
    private static boolean isEmpty(Inputs.ValueSpec target) {
        if (target == null) {
            return true;
        }
        return target instanceof Inputs.ValueSpec.Text t && Normaliser.isEmpty(Normaliser.normalise(t.text()));
    }

    private static Integer integer(JsonNode n, String path, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        throw problem("WRONG_TYPE", at(path) + field + " must be a whole number", at(path) + field);
    }

    private static Boolean bool(JsonNode n, String path, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        throw problem("WRONG_TYPE", at(path) + field + " must be true or false", at(path) + field);
    }

    /** The prefix of a field's path under {@code path}: nothing at the body's root. */
    private static String at(String path) {
        return path.isEmpty() ? "" : path + ".";
    }

    private static RequestProblem problem(String code, String message, String path) {
        return new RequestProblem(code, message, path);
    }
}
