package jixiao.scoring;

import java.math.BigDecimal;
import jixiao.indicator.Decimals;

/**
 * Budget execution in a session: the budget the rate divides by and the amount executed, both in
 * one unit (or null when not given or unreadable); the rules set rate, points and score.
 */
public final class BudgetFact {
    private final BigDecimal budget;
    private final BigDecimal executed;
    private final boolean executedUnreadable;
    private final String executedText;
    private final BigDecimal groupWeight;
    private final boolean reasonGiven;
    private BigDecimal expectedPercent;
    private BigDecimal rate;
    private BigDecimal points;
    private BigDecimal score;
    private String light;
    private BigDecimal progress;
    private boolean computed;
    private String explanation;

    public BudgetFact(BigDecimal budget, BigDecimal executed, boolean executedUnreadable, String executedText,
                      BigDecimal groupWeight, boolean reasonGiven) {
        this.budget = budget;
        this.executed = executed;
        this.executedUnreadable = executedUnreadable;
        this.executedText = executedText;
        this.groupWeight = groupWeight;
        this.reasonGiven = reasonGiven;
    }

    public BigDecimal getBudget() { return budget; }
    public BigDecimal getExecuted() { return executed; }
    public boolean isExecutedUnreadable() { return executedUnreadable; }
    public String getExecutedText() { return executedText; }
    /** The weight of the table's budget group, or null when the table has none. */
    public BigDecimal getGroupWeight() { return groupWeight; }
    /** Whether the assessment explains its spending (spendingReason). */
    public boolean isReasonGiven() { return reasonGiven; }
    /** Half-year only: the spending plan's expected percent at the month. */
    public BigDecimal getExpectedPercent() { return expectedPercent; }
    public void setExpectedPercent(BigDecimal expectedPercent) { this.expectedPercent = expectedPercent; }
    /** The execution rate as every threshold test sees it: a percentage rounded to 2 decimals. */
    public BigDecimal getRatePercent() { return rate == null ? null : Decimals.round2(Decimals.mul(rate, Decimals.HUNDRED)); }
    public BigDecimal getRate() { return rate; }
    public void setRate(BigDecimal rate) { this.rate = rate; }
    public BigDecimal getPoints() { return points; }
    public void setPoints(BigDecimal points) { this.points = points; }
    public BigDecimal getScore() { return score; }
    public void setScore(BigDecimal score) { this.score = score; }
    public String getLight() { return light; }
    public void setLight(String light) { this.light = light; }
    public BigDecimal getProgress() { return progress; }
    public void setProgress(BigDecimal progress) { this.progress = progress; }
    /** Progress against the plan as every light band sees it: a percentage rounded to 2 decimals. */
    public BigDecimal getProgressRounded() { return progress == null ? null : Decimals.round2(progress); }
    public boolean isComputed() { return computed; }
    public void setComputed(boolean computed) { this.computed = computed; }
    public String getExplanation() { return explanation; }
    public void setExplanation(String explanation) { this.explanation = explanation; }
}
