package jixiao.scoring;

import java.math.BigDecimal;
import jixiao.indicator.CompletionTier;
import jixiao.indicator.Decimals;
import jixiao.indicator.Op;
import jixiao.scoring.fact.Budget;
import jixiao.scoring.fact.Classified;
import jixiao.scoring.fact.Indicator;
import jixiao.scoring.fact.Score;

/**
 * The pieces of explanations and messages the rules of several files share: numbers with their unit, the
 * actual as compared, a tier's score, a claim, progress and spending. Each rule writes its own sentence
 * around them; words a bureau may change come from {@link Tables}.
 */
public final class Explain {
    private Explain() {
    }

    /** A number with the target's unit: {@code 95%}. */
    public static String withUnit(Indicator i, BigDecimal x) {
        String unit = i.target().unit();
        return Decimals.plain(x) + (unit == null ? "" : unit);
    }

    /** Why an indicator was not scored, as a deviation message says it: without the closing {@code ，得 0 分}. */
    public static String withoutZeroScore(String explanation) {
        String zero = "，得 0 分";
        return explanation.endsWith(zero) ? explanation.substring(0, explanation.length() - zero.length()) : explanation;
    }

    /**
     * The actual as it was compared: the number measured with the target's unit, else the text reported. A
     * number written with a comparator is shown as written too, the comparator not scored (§1.6):
     * {@code 95%（填报为“不低于95%”，比较符不计分）}.
     */
    public static String actual(Classified c) {
        if (c.measured() == null) {
            return c.actual().text();
        }
        String measured = withUnit(c.indicator(), c.measured());
        return c.actual().stated() == null ? measured : measured + "（填报为“" + c.actual().text() + "”，比较符不计分）";
    }

    /** An expected value as a target: {@code ≥50次}. */
    public static String expected(Indicator i, BigDecimal value) {
        return i.target().op().symbol() + withUnit(i, value);
    }

    /** §1.3: a strict comparator met only at its boundary counts as met, and the explanation says so. */
    public static String boundary(Classified c) {
        Op op = c.indicator().target().op();
        return (op == Op.GT || op == Op.LT) && c.measured().compareTo(c.target().value()) == 0
                ? "（严格比较的目标按边界值视为达成）" : "";
    }

    /** {@code ，达成年度指标，得分 = 10 × 1 = 10 分}. */
    public static String tierScored(Tables tables, CompletionTier tier, BigDecimal points, BigDecimal share,
                                    BigDecimal score) {
        return "，" + tables.tierName(tier) + "，得分 = " + Decimals.show(points) + " × " + Decimals.plain(share)
                + " = " + Decimals.show(score) + " 分";
    }

    /** The claim as written and, where its group was scaled, the claim on the scaled points (§2.2). */
    public static String claim(Score s) {
        String claim = "自评分 " + Decimals.plain(s.claimed()) + " 分";
        return !s.isClaimScaled() ? claim : claim + "（随“" + s.group() + "”组分值 × "
                + Decimals.plain(s.allocation().scaledTo()) + " ÷ " + Decimals.show(s.allocation().scaledFrom())
                + " 折算为 " + Decimals.show(s.claimOnPoints()) + " 分）";
    }

    /** {@code 预期值 ≥50次，实际值 30次，进度 = 30 ÷ 50 = 60%，60% ≤ 进度 < 80%，黄灯}. */
    public static String progress(Tables tables, Classified c, BigDecimal progress, String band, Light light) {
        return "预期值 " + c.target().shown() + "，实际值 " + actual(c) + "，进度 = " + Decimals.plain(c.measured())
                + " ÷ " + Decimals.plain(c.target().expected()) + " = " + Decimals.show(progress) + "%，" + band + "，"
                + tables.lightName(light);
    }

    /** Whom a tier's light speaks of: a qualitative target, or a tier word reported against a numeric one (§1.6). */
    public static String tierLit(Classified c) {
        return c.notQuantified() ? "实际完成值仅填报“" + c.actual().term() + "”（未给出数值），按档次" : "定性指标";
    }

    /** {@code 6月底计划支出 50%；已支出 40 ÷ 100 = 40%}. */
    public static String spending(Budget b, int month, BigDecimal expectedPercent, BigDecimal rate) {
        return month + "月底计划支出 " + Decimals.show(expectedPercent) + "%；已支出 " + Decimals.plain(b.executed())
                + " ÷ " + Decimals.plain(b.budget()) + " = " + Decimals.show(Decimals.mul(rate, Decimals.HUNDRED)) + "%";
    }

    /** Why a budget has no executed amount to divide. */
    public static String noExecuted(Budget b) {
        return b.executedUnreadable() ? "执行数“" + b.executedText() + "”不是有效金额" : "未填报执行数";
    }
}
