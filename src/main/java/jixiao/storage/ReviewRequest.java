package jixiao.storage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.scoring.Inputs;
import io.swagger.v3.oas.annotations.media.Schema;
import jixiao.web.Fields;
import jixiao.web.ValueRequest;
import jixiao.web.JsonProblems;
import jixiao.web.Limits;
import jixiao.web.RequestProblem;
import jixiao.web.RequestReader;

/**
 * {@code POST /api/v1/evaluations/{id}/reviews}: verified actuals for any of the self-assessment's indicators
 * ({@code {"actuals": [{"id", "actual", "reason", "note"}], "note"}}), the rest taken as self-reported. The
 * rows are checked as an assessment's actuals are (lengths, values, ids sent twice), at their own paths; each
 * names a declared indicator by id and carries an actual.
 */
final class ReviewRequest {
    private ReviewRequest() {
    }

    /** The body as the API document shows it (the route reads it as a document: see {@link #read}). */
    @Schema(description = "复核：核实的实际值（按指标编号），其余指标沿用自评 / verified actuals by indicator id, the rest as "
            + "self-reported")
    record Document(List<DocumentRow> actuals, String note) {
    }

    record DocumentRow(String id, ValueRequest actual, String reason, String note) {
    }

    /** The notes of a review: one for the whole review, one per row. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Notes(@Fields.Text String note, List<RowNote> actuals) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RowNote(@Fields.Text String note) {
    }

    /** A review as checked: the rows as sent (JSON, by indicator id) and what each said. */
    record Checked(Map<String, JsonNode> rows, Map<String, Comparison.Verified> verified, String note) {
    }

    static Checked read(JsonNode body, Inputs.Declaration declaration, RequestReader reader,
                        com.fasterxml.jackson.databind.ObjectMapper mapper) {
        if (!body.isObject()) {
            throw new RequestProblem("WRONG_TYPE", "the body must be an object", "");
        }
        JsonNode actuals = body.get("actuals");
        if (actuals == null || actuals.isNull()) {
            throw new RequestProblem("MISSING_FIELD", "actuals is required: the verified actuals, by indicator id",
                    "actuals");
        }
        if (!actuals.isArray()) {
            throw new RequestProblem("WRONG_TYPE", "actuals must be an array", "actuals");
        }
        ObjectNode rowsOnly = mapper.createObjectNode();
        rowsOnly.set("actuals", actuals);
        Inputs.Assessment rows = reader.assessment(rowsOnly, "");
        Notes notes = JsonProblems.bind(mapper, body, Notes.class, "");
        String note = Limits.length(notes.note(), Limits.REASON_CHARS, "note");
        Map<String, JsonNode> sent = new LinkedHashMap<>();
        Map<String, Comparison.Verified> verified = new LinkedHashMap<>();
        for (int i = 0; i < rows.actuals().size(); i++) {
            Inputs.ReportedActual row = rows.actuals().get(i);
            String at = "actuals[" + i + "].";
            if (row.id() == null || row.id().isBlank()) {
                throw new RequestProblem("MISSING_FIELD", at + "id is required: the declared indicator it verifies",
                        at + "id");
            }
            if (declaration.indicators().stream().noneMatch(d -> row.id().equals(d.id()))) {
                throw new RequestProblem("UNKNOWN_INDICATOR", at + "id '" + shown(row.id())
                        + "' is not an indicator of the declaration", at + "id");
            }
            if (row.actual() == null) {
                throw new RequestProblem("MISSING_FIELD", at + "actual is required: the verified value", at + "actual");
            }
            RowNote rowNote = notes.actuals().get(i);
            String n = rowNote == null ? null : Limits.length(rowNote.note(), Limits.REASON_CHARS, at + "note");
            sent.put(row.id(), actuals.get(i));
            verified.put(row.id(), new Comparison.Verified(row.reason(), n));
        }
        return new Checked(sent, verified, note);
    }

    /**
     * The self-assessment document with the verified actuals in place: the actual each verified indicator was
     * matched with gets the verified value (and the reason, when one is sent), so every match stays as it was;
     * an indicator the department reported nothing for gets a new row naming it by id.
     */
    static ObjectNode reviewed(JsonNode selfAssessment, Inputs.Declaration declaration, Map<String, Integer> matched,
                               Checked review) {
        ObjectNode doc = selfAssessment.deepCopy();
        com.fasterxml.jackson.databind.node.ArrayNode actuals = doc.has("actuals") && doc.get("actuals").isArray()
                ? (com.fasterxml.jackson.databind.node.ArrayNode) doc.get("actuals") : doc.putArray("actuals");
        review.rows().forEach((id, row) -> {
            Integer k = matched.get(id);
            ObjectNode target = k != null ? (ObjectNode) actuals.get(k) : actuals.addObject().put("id", id);
            if (k == null) {
                declaration.indicators().stream().filter(d -> id.equals(d.id())).findFirst()
                        .ifPresent(d -> target.put("level3", d.level3()));
            }
            target.set("actual", row.get("actual"));
            if (row.hasNonNull("reason")) {
                target.set("reason", row.get("reason"));
            }
        });
        return doc;
    }

    private static String shown(String id) {
        return id.length() > 40 ? id.substring(0, 40) + "…" : id;
    }
}
