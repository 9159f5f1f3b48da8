package jixiao.storage;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An evaluation as the API shows it: its ids and time, every field of its result ({@code result}) at the top
 * level as it was stored (a result of older rules keeps its own fields), the exact inputs it was computed from, and —
 * for a re-evaluation — what changed. {@code submittedBy} is the account that submitted the assessment (or
 * the batch), or for a re-evaluation the account that asked for it.
 */
@JsonPropertyOrder({"id", "declarationId", "assessmentId", "previousEvaluationId", "createdAt", "submittedBy", "kind",
        "reviewOf", "result", "inputs", "diff", "comparison"})
@Schema(allOf = jixiao.scoring.EvaluationResult.class, description = "已存储的评价：编号、时间、提交人、评分结果的全部字段（在顶层）、"
        + "计算所用的输入，重新评价时附 diff / a stored evaluation: ids, time, who submitted it, every field of the result at "
        + "the top level, the inputs, and for a re-evaluation the diff; a review (kind REVIEW, 复核) names the evaluation it "
        + "reviews and carries its comparison")
record EvaluationView(String id, String declarationId, String assessmentId, String previousEvaluationId,
                      Instant createdAt, String submittedBy, EvaluationKind kind, String reviewOf,
                      @Schema(hidden = true) @JsonAnyGetter Map<String, JsonNode> result,
                      Inputs inputs,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Diff diff,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Comparison comparison) {

    record Inputs(JsonNode declaration, JsonNode assessment) {
    }

    static EvaluationView of(Store.Evaluation e, String declarationJson, String assessmentJson, StoredJson json) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        json.readResult(e.resultJson()).fields().forEachRemaining(f -> result.put(f.getKey(), f.getValue()));
        return new EvaluationView(e.id(), e.declarationId(), e.assessmentId(), e.previousId(), e.createdAt(),
                e.submittedBy(), e.kind(), e.reviewOf(), result,
                new Inputs(json.read(declarationJson), json.read(assessmentJson)), null, null);
    }

    EvaluationView with(Diff diff) {
        return new EvaluationView(id, declarationId, assessmentId, previousEvaluationId, createdAt, submittedBy, kind,
                reviewOf, result, inputs, diff, comparison);
    }

    EvaluationView with(Comparison comparison) {
        return new EvaluationView(id, declarationId, assessmentId, previousEvaluationId, createdAt, submittedBy, kind,
                reviewOf, result, inputs, diff, comparison);
    }

    /** An evaluation in a declaration's history: its key figures. */
    record Summary(String id, String assessmentId, String previousEvaluationId, String period, int month,
                   BigDecimal totalScore, String grade, String light, int deviationCount, int errorCount,
                   String ruleset, Instant createdAt, String submittedBy, EvaluationKind kind, String reviewOf) {
        static Summary of(Store.Evaluation e) {
            return new Summary(e.id(), e.assessmentId(), e.previousId(), e.period(), e.month(), e.totalScore(), e.grade(),
                    e.light(), e.deviationCount(), e.errorCount(), e.rulesetVersion(), e.createdAt(), e.submittedBy(),
                    e.kind(), e.reviewOf());
        }
    }
}
