package jixiao.scoring;

import java.math.BigDecimal;
import jixiao.indicator.Decimals;

/** The weighted total and grade of a session. */
public final class TotalFact {
    private boolean computed;
    private BigDecimal score;
    private String grade;
    private String explanation;
    private String light;

    /** The total as every threshold test sees it: rounded to 2 decimals. */
    public BigDecimal getRounded() { return Decimals.round2(score); }
    public boolean isComputed() { return computed; }
    public void setComputed(boolean computed) { this.computed = computed; }
    public BigDecimal getScore() { return score; }
    public void setScore(BigDecimal score) { this.score = score; }
    public String getGrade() { return grade; }
    public void setGrade(String grade) { this.grade = grade; }
    public String getExplanation() { return explanation; }
    /** Half-year: the subject's light, the worst of its indicators' and its spending's. */
    public String getLight() { return light; }
    public void setLight(String light) { this.light = light; }
    public void setExplanation(String explanation) { this.explanation = explanation; }
}
