package jixiao.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a re-evaluation changed, indicator by indicator, and why: the rules (rules/), the tables
 * (scoring-tables/), both, or neither — in which case nothing may change.
 */
final class Diff {
    private static final List<String> INDICATOR_FIELDS = List.of("status", "points", "score", "light", "rule");
    private static final List<String> TOTAL_FIELDS = List.of("totalScore", "grade", "light");

    private Diff() {
    }

    static ObjectNode between(Store.Evaluation before, JsonNode oldResult, Store.Evaluation after, JsonNode newResult,
                              ObjectMapper mapper) {
        boolean rules = !before.rulesVersion().equals(after.rulesVersion());
        boolean tables = !before.tablesVersion().equals(after.tablesVersion());
        String why = rules && tables ? "规则（rules/）与评分表（scoring-tables/）均已变更"
                : rules ? "规则（rules/）已变更" : tables ? "评分表（scoring-tables/）已变更" : "规则与评分表均未变更";
        ObjectNode diff = mapper.createObjectNode();
        diff.put("previousEvaluationId", before.id());
        diff.put("previousRuleset", before.rulesetVersion());
        diff.put("ruleset", after.rulesetVersion());
        diff.put("rulesChanged", rules);
        diff.put("tablesChanged", tables);
        diff.put("reason", why);
        diff.put("identical", oldResult.equals(newResult));
        ArrayNode totals = diff.putArray("changes");
        for (String field : TOTAL_FIELDS) {
            change(totals, field, oldResult.get(field), newResult.get(field));
        }
        diff.set("indicators", indicators(oldResult.get("indicators"), newResult.get("indicators"), why, mapper));
        ObjectNode deviations = diff.putObject("deviations");
        Set<String> was = keys(oldResult.get("deviations"));
        Set<String> is = keys(newResult.get("deviations"));
        ArrayNode added = deviations.putArray("added");
        is.stream().filter(k -> !was.contains(k)).forEach(added::add);
        ArrayNode removed = deviations.putArray("removed");
        was.stream().filter(k -> !is.contains(k)).forEach(removed::add);
        return diff;
    }

    /** Indicators are compared by position: both evaluations read the same stored declaration. */
    private static ArrayNode indicators(JsonNode before, JsonNode after, String why, ObjectMapper mapper) {
        ArrayNode out = mapper.createArrayNode();
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            JsonNode a = before.get(i);
            JsonNode b = after.get(i);
            ArrayNode changes = mapper.createArrayNode();
            for (String field : INDICATOR_FIELDS) {
                change(changes, field, a == null ? null : a.get(field), b == null ? null : b.get(field));
            }
            if (changes.isEmpty()) {
                continue;
            }
            JsonNode any = b != null ? b : a;
            ObjectNode entry = out.addObject();
            entry.set("id", any.get("id"));
            entry.set("level3", any.get("level3"));
            entry.set("changes", changes);
            entry.put("reason", reason(a, b, why));
            entry.set("explanationBefore", a == null ? null : a.get("explanation"));
            entry.set("explanationAfter", b == null ? null : b.get("explanation"));
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

    private static void change(ArrayNode out, String field, JsonNode before, JsonNode after) {
        if (!same(before, after)) {
            ObjectNode c = out.addObject();
            c.put("field", field);
            c.set("before", before);
            c.set("after", after);
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
        List<String> list = new ArrayList<>();
        deviations.forEach(d -> list.add(d.get("type").asText() + (d.get("indicatorId").isNull() ? ""
                : ":" + d.get("indicatorId").asText())));
        out.addAll(list);
        return out;
    }
}
