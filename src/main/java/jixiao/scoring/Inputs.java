package jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;
import jixiao.indicator.Op;

/** What is scored: a declaration of targets and an assessment of actuals, as read from a request. */
public final class Inputs {
    private Inputs() {
    }

    /** A value as sent: the raw text of the form, or structured fields. */
    public sealed interface ValueSpec {
        /** {@code "≥95%"}, {@code "健全"}, {@code "99.7"} … */
        record Text(String text) implements ValueSpec {
        }

        /** {@code {"op": ">=", "value": 95, "unit": "%"}}, {@code {"op": "BETWEEN", "low": …}}, {@code {"term": …}}. */
        record Structured(Op op, BigDecimal value, BigDecimal low, BigDecimal high, String unit, String term)
                implements ValueSpec {
        }
    }

    public record Checkpoint(int month, BigDecimal percent) {
    }

    public record DeclaredIndicator(String id, String level1, String level2, String level3, ValueSpec target,
                                    ValueSpec halfYearTarget, BigDecimal points, String unit, Boolean cumulative) {
    }

    public record Declaration(String subjectType, String unit, String name, Integer year, String scoringTable,
                              String budget, String budgetUnit, List<Checkpoint> spendingPlan,
                              List<DeclaredIndicator> indicators) {
    }

    public record ReportedActual(String id, String level1, String level2, String level3, ValueSpec actual,
                                 String reason, BigDecimal claimedScore, String completionLikelihood) {
    }

    public record Assessment(Period period, Integer month, String budgetAdjusted, String budgetExecuted,
                             String spendingReason, List<ReportedActual> actuals) {
    }
}
