package jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;

/** The outcome of one evaluation, as the API returns it. */
public record EvaluationResult(BigDecimal totalScore, String grade, Light light, Ruleset ruleset,
                               String scoringTable, Period period, Integer month, List<Group> groups,
                               Budget budgetExecution, List<Indicator> indicators, List<Deviation> deviations,
                               String explanation) {

    public record Ruleset(String version) {
    }

    public record Group(String name, BigDecimal weight, BigDecimal score) {
    }

    /** Budget execution; at mid-year also the plan's expected percent, progress against it and its light. */
    public record Budget(BigDecimal rate, BigDecimal points, BigDecimal score, BigDecimal expectedPercent,
                         BigDecimal progress, Light light, String explanation) {
    }

    public record Target(String kind, String op, BigDecimal value, BigDecimal low, BigDecimal high, String unit,
                         String term, String text, boolean inferred, String inferredReason, String scoredOp) {
    }

    public record Actual(String kind, BigDecimal value, String unit, String term, String tier, String text,
                         String completionLikelihood) {
    }

    public record Indicator(String id, String level1, String level2, String level3, String group, Target target,
                            Actual actual, Status status, BigDecimal points, BigDecimal score,
                            BigDecimal claimedScore, BigDecimal expected, BigDecimal progress, Light light,
                            BigDecimal projectedFullYear, String rule, String ruleFile, String explanation,
                            String lightRule, String lightRuleFile, String lightExplanation) {
    }

    public record Deviation(DeviationType type, Severity severity, String indicatorId, String level3, BigDecimal gap,
                            BigDecimal relativeGap, String message, String rule, String ruleFile) {
    }
}
