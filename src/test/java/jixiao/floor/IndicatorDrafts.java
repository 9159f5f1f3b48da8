package jixiao.floor;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import jixiao.indicator.Op;
import jixiao.scoring.Inputs;

/**
 * Generated indicator rows as forms fill them in: every comparator written as symbols, words, full-width
 * glyphs or structured fields, ranges, inferred comparators, deadlines and Chinese numerals; units that
 * convert (万元/元/亿元, 万公里/公里, 小时/分钟) and units or periods that do not; qualitative targets on the
 * shipped scales, on the generic scale of a stem and negative ones; and actuals that meet, miss, exceed
 * or sit on the boundary, tier words, words for nothing, words no scale knows, unreadable numbers, and
 * rows reported empty or not at all.
 */
final class IndicatorDrafts {
    /** A declared row (without level1, id or points) and what is reported for it; no actual row when {@code !reported}. */
    record Draft(String level2, String level3, Inputs.ValueSpec target, String unit, Inputs.ValueSpec actual,
                 boolean reported) {
    }

    private static final Pattern RANGE = Pattern.compile("\\d%?[-~至]\\d");
    private static final String[] TIER_WORDS = {"达成", "达成年度指标", "完成", "已完成", "全部完成", "按时完成", "达到",
        "部分达成", "基本完成", "部分完成", "部分达成年度指标并具有一定效果", "未达成", "未完成", "未达成年度指标且效果较差"};
    private static final String[] ZERO_WORDS = {"无", "无投诉", "零", "没有", "未发生"};
    private static final String[] UNKNOWN_WORDS = {"良好", "近100%", "较好", "按计划推进", "详见附件"};
    private static final String[] STEMS = {"健全", "规范", "完善", "及时有效", "有序"};
    private static final String[] GENERIC_PREFIXES = {"", "完全", "基本", "部分", "较", "不", "未", "无", "没有"};

    private IndicatorDrafts() {
    }

    static Draft draw(SplittableRandom rng) {
        int p = rng.nextInt(100);
        if (p < 3) {
            return notApplicable(rng);
        }
        if (p < 14) {
            return percentAtLeast(rng);
        }
        if (p < 22) {
            return money(rng);
        }
        if (p < 28) {
            return duration(rng);
        }
        if (p < 34) {
            return countAtMost(rng);
        }
        if (p < 40) {
            return changeRate(rng);
        }
        if (p < 46) {
            return strictGreater(rng);
        }
        if (p < 51) {
            return equalsTarget(rng);
        }
        if (p < 58) {
            return range(rng);
        }
        if (p < 65) {
            return count(rng);
        }
        if (p < 68) {
            return deadline(rng);
        }
        if (p < 80) {
            return shippedScale(rng);
        }
        if (p < 90) {
            return genericStem(rng);
        }
        if (p < 95) {
            return negativeTarget(rng);
        }
        return yesNo(rng);
    }

    static Draft notApplicable(SplittableRandom rng) {
        Inputs.ValueSpec target = rng.nextBoolean() ? null : text(pick(rng, "/", "—", "-", " "));
        return new Draft("数量指标", rng.nextBoolean() ? null : "指标" + rng.nextInt(9), target, null,
                text(pick(rng, "100%", "完成", "/")), rng.nextBoolean());
    }

    private static Draft percentAtLeast(SplittableRandom rng) {
        int a = pickInt(rng, 80, 90, 95, 98, 100);
        String level3 = pick(rng, "资金到位率", "验收合格率", "设备完好率", "政策知晓率", "服务对象满意度", "举报线索处置率(%)");
        Inputs.ValueSpec target = switch (rng.nextInt(10)) {
            case 0 -> text("≥" + a + "%");
            case 1 -> text("≥ " + fullWidth(a) + "％");
            case 2 -> text("不低于" + a + "%");
            case 3 -> text(a + "%以上");
            case 4 -> text("大于等于" + a + "%");
            case 5 -> text(level3.endsWith("(%)") ? String.valueOf(a) : a + "%");
            case 6 -> text("$\\geq " + a + "\\%$");
            case 7 -> new Inputs.ValueSpec.Structured(Op.GE, BigDecimal.valueOf(a), null, null, "%", null);
            case 8 -> text("≧" + a + "%");
            default -> text(a == 100 ? "百分百" : "百分之" + chinese(a));
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
        return numeric(rng, pick(rng, "质量指标", "满意度指标", "社会效益指标"), level3, target, null, actual);
    }

    private static Draft money(SplittableRandom rng) {
        int a = pickInt(rng, 80, 120, 300, 1000);
        Inputs.ValueSpec target = switch (rng.nextInt(6)) {
            case 0 -> text("≤" + a + "万元");
            case 1 -> text("不超过" + a + "万元");
            case 2 -> new Inputs.ValueSpec.Structured(Op.LE, BigDecimal.valueOf(a), null, null, "万元", null);
            case 3 -> text("≤" + thousands(a * 10_000L) + "元");
            case 4 -> text("≤" + a);
            default -> text(a + "万元以内");
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
        return numeric(rng, "成本指标", pick(rng, "项目成本控制", "单位运行成本", "设备购置成本"), target, unit, actual);
    }

    private static Draft duration(SplittableRandom rng) {
        Inputs.ValueSpec target = text(pick(rng, "≤30分钟", "不超过0.5小时", "小于等于30分钟", "30分钟以内", "≤2小时"));
        String actual = pick(rng, "25分钟", "40分钟", "0.4小时", "1小时", "30分钟", "2小时", "90分钟", "3天");
        return numeric(rng, "时效指标", pick(rng, "故障响应时间", "平均办理时长", "投诉处理时限"), target, null, actual);
    }

    private static Draft countAtMost(SplittableRandom rng) {
        Inputs.ValueSpec target = text(pick(rng, "≤3次", "不超过3次", "3次以内", "<5次", "小于5次", "≤0次", "0"));
        String actual = pick(rng, "2次", "3次", "5次", "6次", "0次", "1次", "4次");
        return numeric(rng, "质量指标", pick(rng, "投诉次数", "安全事故发生次数", "差错次数", "违规操作次数"), target, null, actual);
    }

    private static Draft changeRate(SplittableRandom rng) {
        Inputs.ValueSpec target = text(pick(rng, "=0%", "≤0%", "0%", "＝0%", "≤5%", "﹦0%", "≥0%", "≥2%"));
        String actual = pick(rng, "-5%", "0%", "3%", "-0.33%", "6%", "0");
        return numeric(rng, "成本指标", pick(rng, "“三公”经费变动率", "预算调整率", "结余率"), target, null, actual);
    }

    private static Draft strictGreater(SplittableRandom rng) {
        if (rng.nextBoolean()) {
            Inputs.ValueSpec target = text(pick(rng, ">90%", "大于90%", "高于90%", "超过90%"));
            return numeric(rng, "质量指标", "培训合格率", target, null, pick(rng, "90%", "85%", "95%", "89.5%", "100%"));
        }
        Inputs.ValueSpec target = text(pick(rng, "大于350万公里", ">350万公里"));
        return numeric(rng, "数量指标", "道路巡查里程", target, null,
                pick(rng, "3600000公里", "340万公里", "350万公里", "3500000公里", "500万公里", "300万人"));
    }

    private static Draft equalsTarget(SplittableRandom rng) {
        Inputs.ValueSpec target = rng.nextInt(4) == 0
                ? new Inputs.ValueSpec.Structured(Op.EQ, BigDecimal.valueOf(100), null, null, "%", null)
                : text(pick(rng, "=100%", "等于100%", "＝100％"));
        return numeric(rng, "数量指标", pick(rng, "非税收入预算完成率", "任务完成率", "项目验收数"), target, null,
                pick(rng, "110%", "80%", "100%", "99%", "250%", "0%"));
    }

    private static Draft range(SplittableRandom rng) {
        if (rng.nextInt(4) == 0) {
            Inputs.ValueSpec target = rng.nextBoolean() ? text("0-5%")
                    : new Inputs.ValueSpec.Structured(Op.BETWEEN, null, BigDecimal.ZERO, BigDecimal.valueOf(5), "%", null);
            return numeric(rng, "成本指标", "预算调整率", target, null, pick(rng, "3%", "7%", "-1%", "5%", "0%"));
        }
        Inputs.ValueSpec target = switch (rng.nextInt(5)) {
            case 0 -> text("80%-90%");
            case 1 -> text("80%~90%");
            case 2 -> text("80%至90%");
            case 3 -> text("80~90%");
            default -> new Inputs.ValueSpec.Structured(Op.BETWEEN, null, BigDecimal.valueOf(80), BigDecimal.valueOf(90),
                    "%", null);
        };
        return numeric(rng, "质量指标", pick(rng, "床位使用率", "资金支付进度"), target, null,
                pick(rng, "85%", "75%", "95%", "80%", "90%", "40%", "82%-88%", "120%"));
    }

    private static Draft count(SplittableRandom rng) {
        int a = pickInt(rng, 4, 12, 20, 320);
        String level3 = pick(rng, "培训场次", "宣传活动", "巡查次数", "培训人次");
        String unit = level3.equals("培训人次") ? "人次" : "次";
        Inputs.ValueSpec target = switch (rng.nextInt(7)) {
            case 0 -> text("≥" + a + unit);
            case 1 -> text("≥" + a + unit + "/年");
            case 2 -> text("全年累计开展" + a + unit);
            case 3 -> text("不少于" + a + unit);
            case 4 -> text(a == 4 ? "四" + unit : "至少" + a + unit);
            case 5 -> new Inputs.ValueSpec.Structured(Op.GE, BigDecimal.valueOf(a), null, null, unit + "/季度", null);
            default -> text(String.valueOf(a));
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

    private static Draft deadline(SplittableRandom rng) {
        Inputs.ValueSpec target = text(pick(rng, "9月前", "2025年9月前", "11月底前", "9月之前"));
        return numeric(rng, "时效指标", "项目完工时间", target, null, pick(rng, "8月", "9月", "10月", "9月底", "12月"));
    }

    private static Draft shippedScale(SplittableRandom rng) {
        String[][] scales = {
            {"合规", "完全合规", "合规", "基本合规", "不合规"},
            {"相符", "完全相符", "相符", "基本相符", "不相符"},
            {"符合", "完全符合", "符合", "基本符合", "不符合"},
            {"明显", "显著", "明显", "较明显", "一般", "较差", "效果明显", "效果显著", "成效一般", "作用较差"},
            {"明显提升", "显著提升", "明显提升", "有所提升", "提升", "未提升"},
        };
        String[] scale = scales[rng.nextInt(scales.length)];
        String target = rng.nextInt(4) == 0 ? scale[1 + rng.nextInt(scale.length - 1)] : scale[0];
        if (scale[0].equals("明显") && rng.nextInt(3) == 0) {
            target = "效果明显";
        }
        String actual = switch (rng.nextInt(10)) {
            case 0, 1, 2, 3, 4 -> scale[1 + rng.nextInt(scale.length - 1)];
            case 5 -> pick(rng, GENERIC_PREFIXES) + target;
            case 6 -> pick(rng, TIER_WORDS);
            case 7 -> pick(rng, UNKNOWN_WORDS);
            case 8 -> "95%";
            default -> target;
        };
        return qualitative(rng, pick(rng, "资金使用合规性", "账实相符情况", "项目实施效果", "群众获得感"), target, actual);
    }

    private static Draft genericStem(SplittableRandom rng) {
        String stem = pick(rng, STEMS);
        String target = pick(rng, "", "", "", "完全", "基本", "较") + stem;
        String actual = switch (rng.nextInt(8)) {
            case 0, 1, 2, 3 -> pick(rng, GENERIC_PREFIXES) + stem;
            case 4 -> pick(rng, GENERIC_PREFIXES) + pick(rng, STEMS);
            case 5 -> pick(rng, TIER_WORDS);
            case 6 -> pick(rng, UNKNOWN_WORDS);
            default -> target;
        };
        return qualitative(rng, pick(rng, "管理制度健全性", "档案管理规范性", "信息公开及时性"), target, actual);
    }

    private static Draft negativeTarget(SplittableRandom rng) {
        String target = pick(rng, "不影响生态环境", "无重大安全事故", "未发生安全责任事故", "没有违规行为");
        String bare = target.startsWith("没有") ? target.substring(2) : target.substring(1);
        String actual = switch (rng.nextInt(6)) {
            case 0, 1, 2 -> target;
            case 3 -> bare;
            case 4 -> pick(rng, TIER_WORDS);
            default -> "轻微" + bare;
        };
        return qualitative(rng, pick(rng, "生态影响", "安全生产"), target, actual);
    }

    private static Draft yesNo(SplittableRandom rng) {
        String target = rng.nextInt(5) == 0 ? "否" : "是";
        return qualitative(rng, rng.nextBoolean() ? "是否按时完成验收" : "是否发生安全事故", target,
                pick(rng, "是", "否", "是", "完成", "否", "不是"));
    }

    /** A numeric row; now and then its actual is a tier word, a word for nothing or for anything, or unreadable. */
    private static Draft numeric(SplittableRandom rng, String level2, String level3, Inputs.ValueSpec target,
                                 String unit, String actual) {
        String reported = switch (rng.nextInt(25)) {
            case 0 -> pick(rng, TIER_WORDS);
            case 1 -> pick(rng, ZERO_WORDS);
            case 2 -> pick(rng, UNKNOWN_WORDS);
            case 3 -> "1234567890123456789";
            default -> actual;
        };
        return withGaps(rng, level2, level3, target, unit, reported);
    }

    private static Draft qualitative(SplittableRandom rng, String level3, String target, String actual) {
        Inputs.ValueSpec spec = rng.nextInt(8) == 0
                ? new Inputs.ValueSpec.Structured(null, null, null, null, null, target) : text(target);
        return withGaps(rng, pick(rng, "质量指标", "社会效益指标", "可持续影响指标"), level3, spec, null, actual);
    }

    /** A row reported as given, or now and then not reported at all, or reported empty. */
    private static Draft withGaps(SplittableRandom rng, String level2, String level3, Inputs.ValueSpec target,
                                  String unit, String actual) {
        return switch (rng.nextInt(30)) {
            case 0, 1 -> new Draft(level2, level3, target, unit, null, false);
            case 2 -> new Draft(level2, level3, target, unit, text(pick(rng, "/", "", "—")), true);
            case 3 -> new Draft(level2, level3, target, unit, null, true);
            default -> new Draft(level2, level3, target, unit, text(actual), true);
        };
    }

    /**
     * The same row reported as its target states it (a number with its comparator reads as that number,
     * §1.6; a term as itself): what a diligent form fills in. Ranges and structured targets keep their actual.
     */
    static Draft restated(Draft d) {
        if (!(d.target() instanceof Inputs.ValueSpec.Text t) || isRange(t.text())) {
            return d;
        }
        return new Draft(d.level2(), d.level3(), d.target(), d.unit(), t, true);
    }

    /** A range's text as the drafts write it: {@code 80%-90%}, {@code 80~90%}, {@code 0-5%}, {@code 80%至90%}. */
    static boolean isRange(String text) {
        return RANGE.matcher(text).find();
    }

    private static Inputs.ValueSpec text(String s) {
        return new Inputs.ValueSpec.Text(s);
    }

    @SafeVarargs
    static <T> T pick(SplittableRandom rng, T... options) {
        return options[rng.nextInt(options.length)];
    }

    private static int pickInt(SplittableRandom rng, int... options) {
        return options[rng.nextInt(options.length)];
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
