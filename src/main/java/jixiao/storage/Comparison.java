package jixiao.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jixiao.scoring.DeviationType;

/**
 * A review's side-by-side with the self-assessment it reviews: per indicator the self-reported and verified
 * actual, status and score, and the difference (self − reviewed); both totals and grades, their difference,
 * and whether the comparison found the self-score inflated (SELF_SCORE_INFLATED, threshold
 * {@code inflatedPoints}). Indicators are paired by position: both evaluations read the same declaration.
 */
record Comparison(String selfEvaluationId, BigDecimal selfTotal, BigDecimal reviewedTotal, BigDecimal difference,
                  String selfGrade, String reviewedGrade, boolean inflated, BigDecimal inflatedPoints,
                  List<IndicatorComparison> indicators, String note) {

    /** One indicator side by side; {@code verified}: the review sent a verified actual for it. */
    record IndicatorComparison(String id, String level3, boolean verified, String selfActual, String verifiedActual,
                               String selfStatus, String reviewedStatus, BigDecimal selfScore, BigDecimal reviewedScore,
                               BigDecimal difference, String reason, String note) {
    }

    /** What the review said of one indicator: its reason and note. */
    record Verified(String reason, String note) {
    }

    static Comparison of(Store.Evaluation self, JsonNode selfResult, JsonNode reviewedResult,
                         Map<String, Verified> verified, String note, BigDecimal inflatedPoints) {
        List<IndicatorComparison> rows = new ArrayList<>();
        JsonNode before = selfResult.path("indicators");
        JsonNode after = reviewedResult.path("indicators");
        for (int i = 0; i < after.size(); i++) {
            JsonNode a = before.path(i);
            JsonNode b = after.get(i);
            String id = text(b.get("id"));
            Verified v = id == null ? null : verified.get(id);
            BigDecimal selfScore = number(a.get("score"));
            BigDecimal reviewedScore = number(b.get("score"));
            rows.add(new IndicatorComparison(id, text(b.get("level3")), v != null, text(a.path("actual").get("text")),
                    text(b.path("actual").get("text")), text(a.get("status")), text(b.get("status")), selfScore,
                    reviewedScore, minus(selfScore, reviewedScore), v == null ? null : v.reason(),
                    v == null ? null : v.note()));
        }
        BigDecimal reviewedTotal = number(reviewedResult.get("totalScore"));
        boolean inflated = false;
        for (JsonNode d : reviewedResult.path("deviations")) {
            inflated |= DeviationType.SELF_SCORE_INFLATED.name().equals(d.path("type").asText());
        }
        BigDecimal selfTotal = self.totalScore() == null ? null : self.totalScore().stripTrailingZeros();
        return new Comparison(self.id(), selfTotal, reviewedTotal, minus(selfTotal, reviewedTotal),
                self.grade(), text(reviewedResult.get("grade")), inflated, inflatedPoints, rows, note);
    }

    static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b).stripTrailingZeros();
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    private static BigDecimal number(JsonNode n) {
        return n == null || !n.isNumber() ? null : n.decimalValue();
    }
}
