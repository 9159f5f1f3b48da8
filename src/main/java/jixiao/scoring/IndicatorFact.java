package jixiao.scoring;

import java.math.BigDecimal;
import jixiao.indicator.Decimals;

/**
 * One declared indicator in a session (rules change it only through setters, so property reactivity
 * re-evaluates only the patterns that read what changed): what Java read from the request (target, actual, units
 * already converted) and what the rules decide (group, points, status, score, rule, explanation).
 */
public final class IndicatorFact {
    // identity
    private final int seq;
    private final String id;
    private final String level1;
    private final String level2;
    private final String level3;
    private final String groupKey;
    private final String name;
    // the target as read: kind NONE, QUANTITY, RANGE or TERM
    private final String targetKind;
    private final String op;
    private final String impliedOp;
    private String targetText;
    private final String unit;
    private String targetTerm;
    private final BigDecimal declaredA;
    private final BigDecimal declaredLow;
    private final BigDecimal declaredHigh;
    private final BigDecimal halfYearA;
    private final String halfYearTerm;
    // cumulative as declared (TRUE, FALSE or null), and the unit's parts the cumulative list is read by
    private final Boolean declaredCumulative;
    private final String unitLabel;
    private final String unitPeriod;
    private final boolean perYear;
    // the actual as read: kind NONE, NUMBER, TERM or TIER; b is in the target's unit
    private String actualKind;
    private BigDecimal b;
    private final boolean unitMismatch;
    private final String actualText;
    private final String actualTerm;
    private final String actualTier;
    private final boolean reasonGiven;
    private final BigDecimal claimed;
    private final BigDecimal explicitPoints;
    // decided by the rules
    private String group;
    private boolean classified;
    private String kind;
    private String scoredOp;
    private BigDecimal a;
    private BigDecimal low;
    private BigDecimal high;
    private BigDecimal points;
    // §2.2: where the group was scaled to its weight (POINTS_ADJUSTED), its weight W and the sum Σ it was scaled from
    private BigDecimal scaledTo;
    private BigDecimal scaledFrom;
    // §1.6: a completion tier word reported against a numeric target, scored by its tier
    private boolean notQuantified;
    private String status;
    private String cause;
    private String tier;
    private BigDecimal score;
    private String rule;
    private String explanation;
    private boolean settled;
    private BigDecimal expected;
    private BigDecimal progress;
    private String light;
    private BigDecimal projected;
    // half-year: whether the expected value has replaced the target, and how it was read
    private boolean targetReady = true;
    private boolean cumulative;
    private boolean cumulativeRead;
    private String lightRule;
    private String lightExplanation;

    public IndicatorFact(int seq, String id, String level1, String level2, String level3, String groupKey,
                         String targetKind, String op, String impliedOp, String targetText, String unit,
                         String targetTerm, BigDecimal declaredA, BigDecimal declaredLow, BigDecimal declaredHigh,
                         BigDecimal halfYearA, String halfYearTerm, Boolean declaredCumulative, String unitLabel,
                         String unitPeriod, boolean perYear, String actualKind, BigDecimal b,
                         boolean unitMismatch, String actualText, String actualTerm, String actualTier,
                         boolean reasonGiven, BigDecimal claimed, BigDecimal explicitPoints) {
        this.seq = seq;
        this.id = id;
        this.level1 = level1;
        this.level2 = level2;
        this.level3 = level3;
        this.groupKey = groupKey;
        this.name = nameOf(level2, level3);
        this.targetKind = targetKind;
        this.op = op;
        this.impliedOp = impliedOp;
        this.targetText = targetText;
        this.unit = unit;
        this.targetTerm = targetTerm;
        this.declaredA = declaredA;
        this.declaredLow = declaredLow;
        this.declaredHigh = declaredHigh;
        this.halfYearA = halfYearA;
        this.halfYearTerm = halfYearTerm;
        this.declaredCumulative = declaredCumulative;
        this.unitLabel = unitLabel;
        this.unitPeriod = unitPeriod;
        this.perYear = perYear;
        this.actualKind = actualKind;
        this.b = b;
        this.unitMismatch = unitMismatch;
        this.actualText = actualText;
        this.actualTerm = actualTerm;
        this.actualTier = actualTier;
        this.reasonGiven = reasonGiven;
        this.claimed = claimed;
        this.explicitPoints = explicitPoints;
        this.a = declaredA;
        this.low = declaredLow;
        this.high = declaredHigh;
    }

    /** The level3 name (or level2 standing in for a row without one), with the cell's line breaks removed. */
    public String getName() {
        return name;
    }

    private static String nameOf(String level2, String level3) {
        String raw = level3 != null && !level3.isBlank() ? level3 : level2;
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000').forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The target as shown in explanations: "≥99.5%". */
    public String getTargetShown() {
        return targetText;
    }

    /** B as shown with the target's unit. */
    public String getActualShown() {
        return b == null ? actualText : Decimals.plain(b) + (unit == null ? "" : unit);
    }

    /** A number with the target's unit, as shown. */
    public String withUnit(BigDecimal x) {
        return Decimals.plain(x) + (unit == null ? "" : unit);
    }

    /** B − A in the target's unit (for a range, from the bound missed); null without two numbers. */
    public BigDecimal getGap() {
        if (b == null || !"NUMBER".equals(actualKind)) {
            return null;
        }
        if ("RANGE".equals(targetKind)) {
            return b.compareTo(low) < 0 ? b.subtract(low) : b.compareTo(high) > 0 ? b.subtract(high) : BigDecimal.ZERO;
        }
        return a == null ? null : b.subtract(a);
    }

    /** (B − A) / |A| to 4 decimals; null when A = 0 or there is no gap. */
    public BigDecimal getRelativeGap() {
        BigDecimal gap = getGap();
        if (gap == null) {
            return null;
        }
        BigDecimal base = "RANGE".equals(targetKind) ? (b.compareTo(low) < 0 ? low : high) : a;
        if (base == null || base.signum() == 0) {
            return null;
        }
        return Decimals.round4(Decimals.div(gap, base.abs()));
    }

    /** §2.2: the claim on the form's points, scaled with its group by W / Σ where the group was scaled; null without a claim. */
    public BigDecimal getClaimOnPoints() {
        if (claimed == null || scaledTo == null || scaledFrom == null || scaledFrom.signum() == 0) {
            return claimed;
        }
        return Decimals.div(Decimals.mul(claimed, scaledTo), scaledFrom);
    }

    /** The scaled claim as every claim test sees it: rounded to 2 decimals. */
    public BigDecimal getClaimTested() {
        return Decimals.round2(getClaimOnPoints());
    }

    /** Whether the claim was scaled with its group (W ≠ Σ). */
    public boolean isClaimScaled() {
        return claimed != null && scaledTo != null && scaledFrom != null && scaledFrom.signum() != 0
                && scaledTo.compareTo(scaledFrom) != 0;
    }

    public boolean isScored() {
        return !"NOT_APPLICABLE".equals(status) && group != null;
    }

    public int getSeq() { return seq; }
    public String getId() { return id; }
    public String getLevel1() { return level1; }
    public String getLevel2() { return level2; }
    public String getLevel3() { return level3; }
    public String getGroupKey() { return groupKey; }
    public String getTargetKind() { return targetKind; }
    public String getOp() { return op; }
    public String getImpliedOp() { return impliedOp; }
    public String getTargetText() { return targetText; }
    public String getUnit() { return unit; }
    public String getTargetTerm() { return targetTerm; }
    public BigDecimal getDeclaredA() { return declaredA; }
    public BigDecimal getDeclaredLow() { return declaredLow; }
    public BigDecimal getDeclaredHigh() { return declaredHigh; }
    public BigDecimal getHalfYearA() { return halfYearA; }
    public String getHalfYearTerm() { return halfYearTerm; }
    public void setTargetTerm(String targetTerm) { this.targetTerm = targetTerm; }
    /** The target as shown in messages; at mid-year the expected value with the full-year target beside it. */
    public void setTargetShown(String shown) { this.targetText = shown; }
    /** TRUE or FALSE when the declaration says whether the indicator accumulates over the year, else null. */
    public Boolean getDeclaredCumulative() { return declaredCumulative; }
    public String getUnitLabel() { return unitLabel; }
    public String getUnitPeriod() { return unitPeriod; }
    public boolean isPerYear() { return perYear; }
    public boolean isCumulative() { return cumulative; }
    public void setCumulative(boolean cumulative) { this.cumulative = cumulative; }
    /** Progress as every light band sees it: a percentage rounded to 2 decimals. */
    public BigDecimal getProgressRounded() { return progress == null ? null : Decimals.round2(progress); }
    public boolean isCumulativeRead() { return cumulativeRead; }
    public void setCumulativeRead(boolean cumulativeRead) { this.cumulativeRead = cumulativeRead; }
    public boolean isTargetReady() { return targetReady; }
    public void setTargetReady(boolean targetReady) { this.targetReady = targetReady; }
    public String getLightRule() { return lightRule; }
    public String getLightExplanation() { return lightExplanation; }
    public void setLightRule(String lightRule) { this.lightRule = lightRule; }
    /** Set by the light rules through setters, so property reactivity sees only the light change. */
    public void setLightExplanation(String lightExplanation) { this.lightExplanation = lightExplanation; }
    public String getActualKind() { return actualKind; }
    public void setActualKind(String actualKind) { this.actualKind = actualKind; }
    public BigDecimal getB() { return b; }
    public void setB(BigDecimal b) { this.b = b; }
    public boolean isUnitMismatch() { return unitMismatch; }
    public String getActualText() { return actualText; }
    public String getActualTerm() { return actualTerm; }
    public String getActualTier() { return actualTier; }
    public boolean isReasonGiven() { return reasonGiven; }
    public BigDecimal getClaimed() { return claimed; }
    public BigDecimal getExplicitPoints() { return explicitPoints; }
    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public boolean isClassified() { return classified; }
    public void setClassified(boolean classified) { this.classified = classified; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getScoredOp() { return scoredOp; }
    public void setScoredOp(String scoredOp) { this.scoredOp = scoredOp; }
    public BigDecimal getA() { return a; }
    public void setA(BigDecimal a) { this.a = a; }
    public BigDecimal getLow() { return low; }
    public void setLow(BigDecimal low) { this.low = low; }
    public BigDecimal getHigh() { return high; }
    public void setHigh(BigDecimal high) { this.high = high; }
    public BigDecimal getPoints() { return points; }
    public void setPoints(BigDecimal points) { this.points = points; }
    public BigDecimal getScaledTo() { return scaledTo; }
    public void setScaledTo(BigDecimal scaledTo) { this.scaledTo = scaledTo; }
    public BigDecimal getScaledFrom() { return scaledFrom; }
    public void setScaledFrom(BigDecimal scaledFrom) { this.scaledFrom = scaledFrom; }
    public boolean isNotQuantified() { return notQuantified; }
    public void setNotQuantified(boolean notQuantified) { this.notQuantified = notQuantified; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getCause() { return cause; }
    public void setCause(String cause) { this.cause = cause; }
    public String getTier() { return tier; }
    public void setTier(String tier) { this.tier = tier; }
    public BigDecimal getScore() { return score; }
    public void setScore(BigDecimal score) { this.score = score; }
    public String getRule() { return rule; }
    public void setRule(String rule) { this.rule = rule; }
    public String getExplanation() { return explanation; }
    public void setExplanation(String explanation) { this.explanation = explanation; }
    public boolean isSettled() { return settled; }
    public void setSettled(boolean settled) { this.settled = settled; }
    public BigDecimal getExpected() { return expected; }
    public void setExpected(BigDecimal expected) { this.expected = expected; }
    public BigDecimal getProgress() { return progress; }
    public void setProgress(BigDecimal progress) { this.progress = progress; }
    public String getLight() { return light; }
    public void setLight(String light) { this.light = light; }
    public BigDecimal getProjected() { return projected; }
    public void setProjected(BigDecimal projected) { this.projected = projected; }
}
