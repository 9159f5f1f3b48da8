package jixiao.imports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import jixiao.scoring.Inputs;

/**
 * A declaration and an assessment written as the JSON the scoring endpoints take (api.md): a value of
 * the form's text as a string, a structured one as {@code {"op", "value" | "low","high", "unit"}} or
 * {@code {"term"}}; fields without a value are left out.
 */
final class InputsJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private InputsJson() {
    }

    static ObjectNode declaration(Inputs.Declaration d) {
        ObjectNode n = NODES.objectNode();
        put(n, "subjectType", d.subjectType());
        put(n, "unit", d.unit());
        put(n, "name", d.name());
        if (d.year() != null) {
            n.put("year", d.year());
        }
        put(n, "scoringTable", d.scoringTable());
        put(n, "budget", d.budget());
        put(n, "budgetUnit", d.budgetUnit());
        if (d.spendingPlan() != null && !d.spendingPlan().isEmpty()) {
            ArrayNode plan = n.putArray("spendingPlan");
            d.spendingPlan().forEach(c -> plan.addObject().put("month", c.month()).put("percent", c.percent()));
        }
        ArrayNode rows = n.putArray("indicators");
        for (Inputs.DeclaredIndicator i : d.indicators()) {
            ObjectNode row = rows.addObject();
            put(row, "id", i.id());
            put(row, "level1", i.level1());
            put(row, "level2", i.level2());
            put(row, "level3", i.level3());
            value(row, "target", i.target());
            value(row, "halfYearTarget", i.halfYearTarget());
            put(row, "points", i.points());
            put(row, "unit", i.unit());
            if (i.cumulative() != null) {
                row.put("cumulative", i.cumulative());
            }
        }
        return n;
    }

    /** The assessment, or null for a declaration (a 申报表 has no actuals). */
    static ObjectNode assessment(Inputs.Assessment a) {
        if (a == null) {
            return null;
        }
        ObjectNode n = NODES.objectNode();
        if (a.period() != null) {
            n.put("period", a.period().name());
        }
        if (a.month() != null) {
            n.put("month", a.month());
        }
        put(n, "budgetAdjusted", a.budgetAdjusted());
        put(n, "budgetExecuted", a.budgetExecuted());
        put(n, "spendingReason", a.spendingReason());
        ArrayNode rows = n.putArray("actuals");
        for (Inputs.ReportedActual r : a.actuals()) {
            ObjectNode row = rows.addObject();
            put(row, "id", r.id());
            put(row, "level1", r.level1());
            put(row, "level2", r.level2());
            put(row, "level3", r.level3());
            value(row, "actual", r.actual());
            put(row, "reason", r.reason());
            put(row, "claimedScore", r.claimedScore());
            put(row, "completionLikelihood", r.completionLikelihood());
        }
        return n;
    }

    private static void value(ObjectNode n, String field, Inputs.ValueSpec v) {
        if (v instanceof Inputs.ValueSpec.Text t) {
            put(n, field, t.text());
        } else if (v instanceof Inputs.ValueSpec.Structured s) {
            ObjectNode o = n.putObject(field);
            if (s.op() != null) {
                o.put("op", s.op().code());
            }
            put(o, "value", s.value());
            put(o, "low", s.low());
            put(o, "high", s.high());
            put(o, "unit", s.unit());
            put(o, "term", s.term());
        }
    }

    private static void put(ObjectNode n, String field, String text) {
        if (text != null) {
            n.put(field, text);
        }
    }

    private static void put(ObjectNode n, String field, BigDecimal x) {
        if (x != null) {
            n.put(field, x);
        }
    }
}
