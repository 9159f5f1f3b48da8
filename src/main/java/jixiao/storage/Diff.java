package jixiao.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a re-evaluation changed, indicator by indicator, and why: the rules (rules/), the tables
 * (scoring-tables/), both, or neither — in which case nothing may change. Values are compared as the
 * stored results hold them.
 */
record Diff(String previousEvaluationId, String previousRuleset, String ruleset, boolean rulesChanged,
            boolean tablesChanged, String reason, boolean identical, List<Change> changes,
            List<IndicatorChange> indicators, Deviations deviations) {
    private static final List<String> INDICATOR_FIELDS = List.of("status", "points", "score", "light", "rule");
    private static final List<String> TOTAL_FIELDS = List.of("totalScore", "grade", "light");

    /** A field whose value changed. */
    record Change(String field, JsonNode before, JsonNode after) {
    }

    record IndicatorChange(JsonNode id, JsonNode level3, List<Change> changes, String reason,
                           JsonNode explanationBefore, JsonNode explanationAfter) {
    }

    /** Deviations as TYPE or TYPE:indicatorId, found only after or only before. */
    record Deviations(List<String> added, List<String> removed) {
    }

    static Diff between(Store.Evaluation before, JsonNode oldResult, Store.Evaluation after, JsonNode newResult) {
        boolean rules = !before.rulesVersion().equals(after.rulesVersion());
        boolean tables = !before.tablesVersion().equals(after.tablesVersion());
        String why = rules && tables ? "规则（rules/）与评分表（scoring-tables/）均已变更"
                : rules ? "规则（rules/）已变更" : tables ? "评分表（scoring-tables/）已变更" : "规则与评分表均未变更";
        List<Change> totals = new ArrayList<>();
        for (String field : TOTAL_FIELDS) {
            change(totals, field, oldResult.get(field), newResult.get(field));
        }
        Set<String> was = keys(oldResult.get("deviations"));
        Set<String> is = keys(newResult.get("deviations"));
        return new Diff(before.id(), before.rulesetVersion(), after.rulesetVersion(), rules, tables, why,
                oldResult.equals(newResult), totals, indicators(oldResult.get("indicators"), newResult.get("indicators"), why),
                new Deviations(is.stream().filter(k -> !was.contains(k)).toList(),
                        was.stream().filter(k -> !is.contains(k)).toList()));
    }

    /** Indicators are compared by position: both evaluations read the same stored declaration. */
    private static List<IndicatorChange> indicators(JsonNode before, JsonNode after, String why) {
        List<IndicatorChange> out = new ArrayList<>();
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            JsonNode a = before.get(i);
            JsonNode b = after.get(i);
            List<Change> changes = new ArrayList<>();
            for (String field : INDICATOR_FIELDS) {
                change(changes, field, a == null ? null : a.get(field), b == null ? null : b.get(field));
            }
            if (changes.isEmpty()) {
                continue;
            }
            JsonNode any = b != null ? b : a;
            out.add(new IndicatorChange(any.get("id"), any.get("level3"), changes, reason(a, b, why),
                    a == null ? null : a.get("explanation"), b == null ? null : b.get("explanation")));
        }
        return out;
    }

    private static String reason(JsonNode a, JsonNode b, String why) {
        if (a != null && b != null && !Objects.equals(a.get("rule"), b.get("rule"))) {
            return why + "：计分规则由“" + a.get("rule").asText() + "”变为“" + b.get("rule").asText() + "”";
        }
        if (a != null && b != null && !Objects.equals(a.get("points"), b.get("points"))) {
            return why + "：指标分值由 " + a.get("points").asText() + " 变为 " + b.get("points").asText();
        }
        return why;
    }

    private static void change(List<Change> out, String field, JsonNode before, JsonNode after) {
        if (!same(before, after)) {
            out.add(new Change(field, before, after));
        }
    }

    /** Numbers compare by value (2.50 = 2.5), everything else as JSON. */
    private static boolean same(JsonNode a, JsonNode b) {
        if (a == null || a.isNull()) {
            return b == null || b.isNull();
        }
        if (b == null || b.isNull()) {
            return false;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static Set<String> keys(JsonNode deviations) {
        Set<String> out = new LinkedHashSet<>();
        deviations.forEach(d -> out.add(d.get("type").asText() + (d.get("indicatorId").isNull() ? ""
                : ":" + d.get("indicatorId").asText())));
        return out;
    }
}
