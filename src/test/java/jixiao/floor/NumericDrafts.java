package jixiao.floor;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.SplittableRandom;
import jixiao.indicator.Op;
import jixiao.scoring.Inputs;

/**
 * Generated numeric indicator rows: every comparator written as symbols, words, full-width glyphs, LaTeX
 * residue or structured fields, ranges, inferred comparators, deadlines and Chinese numerals; units that
 * convert (万元/元/亿元, 万公里/公里, 小时/分钟) and units or periods that do not; actuals that meet, miss,
 * exceed or sit on the boundary, and now and then a tier word, a word for nothing, words no scale knows
 * or an unreadable number instead.
 */
final class NumericDrafts {
    private static final String[] ZERO_WORDS = {"无", "无投诉", "零", "没有", "未发生"};

    private NumericDrafts() {
    }

    static IndicatorDrafts.Draft percentAtLeast(SplittableRandom rng) {
        int a = IndicatorDrafts.pickInt(rng, 80, 90, 95, 98, 100);
        String level3 = IndicatorDrafts.pick(rng, "资金到位率", "验收合格率", "设备完好率", "政策知晓率", "服务对象满意度", "举报线索处置率(%)");
        Inputs.ValueSpec target = switch (rng.nextInt(10)) {
            case 0 -> IndicatorDrafts.text("≥" + a + "%");
            case 1 -> IndicatorDrafts.text("≥ " + fullWidth(a) + "％");
            case 2 -> IndicatorDrafts.text("不低于" + a + "%");
            case 3 -> IndicatorDrafts.text(a + "%以上");
            case 4 -> IndicatorDrafts.text("大于等于" + a + "%");
            case 5 -> IndicatorDrafts.text(level3.endsWith("(%)") ? String.valueOf(a) : a + "%");
            case 6 -> IndicatorDrafts.text("$\\geq " + a + "\\%$");
            case 7 -> new Inputs.ValueSpec.Structured(Op.GE, BigDecimal.valueOf(a), null, null, "%", null);
            case 8 -> IndicatorDrafts.text("≧" + a + "%");
            default -> IndicatorDrafts.text(a == 100 ? "百分百" : "百分之" + chinese(a));
        };
        String actual = switch (rng.nextInt(8)) {
            case 0 -> (a - 1 - rng.nextInt(30)) + "%";
            case 1 -> a + "%";
            case 2 -> Math.min(100, a + rng.nextInt(5)) + "." + rng.nextInt(10) + "%";
            case 3 -> (a * 7 / 10) + "%";
            case 4 -> String.valueOf(a - rng.nextInt(10));
            case 5 -> "≥" + a + "%";
            case 6 -> "0%";
            default -> (a - rng.nextInt(3)) + "%";
        };
        return numeric(rng, IndicatorDrafts.pick(rng, "质量指标", "满意度指标", "社会效益指标"), level3, target, null, actual);
    }

    static IndicatorDrafts.Draft money(SplittableRandom rng) {
        int a = IndicatorDrafts.pickInt(rng, 80, 120, 300, 1000);
        Inputs.ValueSpec target = switch (rng.nextInt(6)) {
            case 0 -> IndicatorDrafts.text("≤" + a + "万元");
            case 1 -> IndicatorDrafts.text("不超过" + a + "万元");
            case 2 -> new Inputs.ValueSpec.Structured(Op.LE, BigDecimal.valueOf(a), null, null, "万元", null);
            case 3 -> IndicatorDrafts.text("≤" + thousands(a * 10_000L) + "元");
            case 4 -> IndicatorDrafts.text("≤" + a);
            default -> IndicatorDrafts.text(a + "万元以内");
        };
        String unit = target instanceof Inputs.ValueSpec.Text t && t.text().equals("≤" + a) ? "万元" : null;
        String actual = switch (rng.nextInt(8)) {
            case 0 -> (a - rng.nextInt(10)) + "万元";
            case 1 -> thousands((a + 5L + rng.nextInt(40)) * 10_000L) + "元";
            case 2 -> BigDecimal.valueOf(a * 12L, 5).toPlainString() + "亿元";
            case 3 -> (a + rng.nextInt(3)) + "." + rng.nextInt(10);
            case 4 -> a + "万元";
            case 5 -> (a * 2) + "万元";
            case 6 -> a + "公里";
            default -> (a - 1) + "万元";
        };
        return numeric(rng, "成本指标", IndicatorDrafts.pick(rng, "项目成本控制", "单位运行成本", "设备购置成本"), target, unit, actual);
    }

    static IndicatorDrafts.Draft duration(SplittableRandom rng) {
        Inputs.ValueSpec target = IndicatorDrafts.text(IndicatorDrafts.pick(rng, "≤30分钟", "不超过0.5小时", "小于等于30分钟", "30分钟以内", "≤2小时"));
        String actual = IndicatorDrafts.pick(rng, "25分钟", "40分钟", "0.4小时", "1小时", "30分钟", "2小时", "90分钟", "3天");
        return numeric(rng, "时效指标", IndicatorDrafts.pick(rng, "故障响应时间", "平均办理时长", "投诉处理时限"), target, null, actual);
    }

    static IndicatorDrafts.Draft countAtMost(SplittableRandom rng) {
        Inputs.ValueSpec target = IndicatorDrafts.text(IndicatorDrafts.pick(rng, "≤3次", "不超过3次", "3次以内", "<5次", "小于5次", "≤0次", "0"));
        String actual = IndicatorDrafts.pick(rng, "2次", "3次", "5次", "6次", "0次", "1次", "4次");
        return numeric(rng, "质量指标", IndicatorDrafts.pick(rng, "投诉次数", "安全事故发生次数", "差错次数", "违规操作次数"), target, null, actual);
    }

    static IndicatorDrafts.Draft changeRate(SplittableRandom rng) {
        Inputs.ValueSpec target = IndicatorDrafts.text(IndicatorDrafts.pick(rng, "=0%", "≤0%", "0%", "＝0%", "≤5%", "﹦0%", "≥0%", "≥2%"));
        String actual = IndicatorDrafts.pick(rng, "-5%", "0%", "3%", "-0.33%", "6%", "0");
        return numeric(rng, "成本指标", IndicatorDrafts.pick(rng, "“三公”经费变动率", "预算调整率", "结余率"), target, null, actual);
    }

    static IndicatorDrafts.Draft strictGreater(SplittableRandom rng) {
        if (rng.nextBoolean()) {
            Inputs.ValueSpec target = IndicatorDrafts.text(IndicatorDrafts.pick(rng, ">90%", "大于90%", "高于90%", "超过90%"));
            return numeric(rng, "质量指标", "培训合格率", target, null, IndicatorDrafts.pick(rng, "90%", "85%", "95%", "89.5%", "100%"));
        }
        Inputs.ValueSpec target = IndicatorDrafts.text(IndicatorDrafts.pick(rng, "大于350万公里", ">350万公里"));
        return numeric(rng, "数量指标", "道路巡查里程", target, null,
                IndicatorDrafts.pick(rng, "3600000公里", "340万公里", "350万公里", "3500000公里", "500万公里", "300万人"));
    }

    static IndicatorDrafts.Draft equalsTarget(SplittableRandom rng) {
        Inputs.ValueSpec target = rng.nextInt(4) == 0
                ? new Inputs.ValueSpec.Structured(Op.EQ, BigDecimal.valueOf(100), null, null, "%", null)
                : IndicatorDrafts.text(IndicatorDrafts.pick(rng, "=100%", "等于100%", "＝100％"));
        return numeric(rng, "数量指标", IndicatorDrafts.pick(rng, "非税收入预算完成率", "任务完成率", "项目验收数"), target, null,
                IndicatorDrafts.pick(rng, "110%", "80%", "100%", "99%", "250%", "0%"));
    }

    static IndicatorDrafts.Draft range(SplittableRandom rng) {
        if (rng.nextInt(4) == 0) {
            Inputs.ValueSpec target = rng.nextBoolean() ? IndicatorDrafts.text("0-5%")
                    : new Inputs.ValueSpec.Structured(Op.BETWEEN, null, BigDecimal.ZERO, BigDecimal.valueOf(5), "%", null);
            return numeric(rng, "成本指标", "预算调整率", target, null, IndicatorDrafts.pick(rng, "3%", "7%", "-1%", "5%", "0%"));
        }
        Inputs.ValueSpec target = switch (rng.nextInt(5)) {
            case 0 -> IndicatorDrafts.text("80%-90%");
            case 1 -> IndicatorDrafts.text("80%~90%");
            case 2 -> IndicatorDrafts.text("80%至90%");
            case 3 -> IndicatorDrafts.text("80~90%");
            default -> new Inputs.ValueSpec.Structured(Op.BETWEEN, null, BigDecimal.valueOf(80), BigDecimal.valueOf(90),
                    "%", null);
        };
        return numeric(rng, "质量指标", IndicatorDrafts.pick(rng, "床位使用率", "资金支付进度"), target, null,
                IndicatorDrafts.pick(rng, "85%", "75%", "95%", "80%", "90%", "40%", "82%-88%", "120%"));
    }

    static IndicatorDrafts.Draft count(SplittableRandom rng) {
        int a = IndicatorDrafts.pickInt(rng, 4, 12, 20, 320);
        String level3 = IndicatorDrafts.pick(rng, "培训场次", "宣传活动", "巡查次数", "培训人次");
        String unit = level3.equals("培训人次") ? "人次" : "次";
        Inputs.ValueSpec target = switch (rng.nextInt(7)) {
            case 0 -> IndicatorDrafts.text("≥" + a + unit);
            case 1 -> IndicatorDrafts.text("≥" + a + unit + "/年");
            case 2 -> IndicatorDrafts.text("全年累计开展" + a + unit);
            case 3 -> IndicatorDrafts.text("不少于" + a + unit);
            case 4 -> IndicatorDrafts.text(a == 4 ? "四" + unit : "至少" + a + unit);
            case 5 -> new Inputs.ValueSpec.Structured(Op.GE, BigDecimal.valueOf(a), null, null, unit + "/季度", null);
            default -> IndicatorDrafts.text(String.valueOf(a));
        };
        String declaredUnit = target instanceof Inputs.ValueSpec.Text t && t.text().equals(String.valueOf(a)) ? unit : null;
        String actual = switch (rng.nextInt(9)) {
            case 0 -> (a + 2) + unit;
            case 1 -> (a - 1) + unit;
            case 2 -> a + unit + "/年";
            case 3 -> "3" + unit + "/季度";
            case 4 -> a + "人";
            case 5 -> "约" + a + unit;
            case 6 -> a + "余" + unit;
            case 7 -> "近" + a + unit;
            default -> String.valueOf(a * 2);
        };
        return numeric(rng, "数量指标", level3, target, declaredUnit, actual);
    }

    static IndicatorDrafts.Draft deadline(SplittableRandom rng) {
        Inputs.ValueSpec target = IndicatorDrafts.text(IndicatorDrafts.pick(rng, "9月前", "2025年9月前", "11月底前", "9月之前"));
        return numeric(rng, "时效指标", "项目完工时间", target, null, IndicatorDrafts.pick(rng, "8月", "9月", "10月", "9月底", "12月"));
    }

    /** A numeric row; now and then its actual is a tier word, a word for nothing or for anything, or unreadable. */
    private static IndicatorDrafts.Draft numeric(SplittableRandom rng, String level2, String level3, Inputs.ValueSpec target,
                                 String unit, String actual) {
        String reported = switch (rng.nextInt(25)) {
            case 0 -> IndicatorDrafts.pick(rng, IndicatorDrafts.TIER_WORDS);
            case 1 -> IndicatorDrafts.pick(rng, ZERO_WORDS);
            case 2 -> IndicatorDrafts.pick(rng, IndicatorDrafts.UNKNOWN_WORDS);
            case 3 -> "1234567890123456789";
            default -> actual;
        };
        return IndicatorDrafts.withGaps(rng, level2, level3, target, unit, reported);
    }

    private static String fullWidth(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            s.append((char) (c - '0' + '０'));
        }
        return s.toString();
    }

    private static String thousands(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 80 → 八十, 95 → 九十五 (the numerals a form writes for a percentage). */
    private static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十"
                + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }
}
