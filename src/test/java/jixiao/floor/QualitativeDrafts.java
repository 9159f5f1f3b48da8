package jixiao.floor;

import java.util.SplittableRandom;
import jixiao.scoring.Inputs;

/**
 * Generated qualitative indicator rows: targets on the shipped scales (with their optional prefixes), on
 * the generic scale of a stem, negative ones and yes/no ones; actuals of the same scale above, at and
 * below the target, negated, of another stem, tier words, words no scale knows and numbers.
 */
final class QualitativeDrafts {
    private static final String[] STEMS = {"健全", "规范", "完善", "及时有效", "有序"};
    private static final String[] GENERIC_PREFIXES = {"", "完全", "基本", "部分", "较", "不", "未", "无", "没有"};

    private QualitativeDrafts() {
    }

    static IndicatorDrafts.Draft shippedScale(SplittableRandom rng) {
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
            case 5 -> IndicatorDrafts.pick(rng, GENERIC_PREFIXES) + target;
            case 6 -> IndicatorDrafts.pick(rng, IndicatorDrafts.TIER_WORDS);
            case 7 -> IndicatorDrafts.pick(rng, IndicatorDrafts.UNKNOWN_WORDS);
            case 8 -> "95%";
            default -> target;
        };
        return qualitative(rng, IndicatorDrafts.pick(rng, "资金使用合规性", "账实相符情况", "项目实施效果", "群众获得感"), target, actual);
    }

    static IndicatorDrafts.Draft genericStem(SplittableRandom rng) {
        String stem = IndicatorDrafts.pick(rng, STEMS);
        String target = IndicatorDrafts.pick(rng, "", "", "", "完全", "基本", "较") + stem;
        String actual = switch (rng.nextInt(8)) {
            case 0, 1, 2, 3 -> IndicatorDrafts.pick(rng, GENERIC_PREFIXES) + stem;
            case 4 -> IndicatorDrafts.pick(rng, GENERIC_PREFIXES) + IndicatorDrafts.pick(rng, STEMS);
            case 5 -> IndicatorDrafts.pick(rng, IndicatorDrafts.TIER_WORDS);
            case 6 -> IndicatorDrafts.pick(rng, IndicatorDrafts.UNKNOWN_WORDS);
            default -> target;
        };
        return qualitative(rng, IndicatorDrafts.pick(rng, "管理制度健全性", "档案管理规范性", "信息公开及时性"), target, actual);
    }

    static IndicatorDrafts.Draft negativeTarget(SplittableRandom rng) {
        String target = IndicatorDrafts.pick(rng, "不影响生态环境", "无重大安全事故", "未发生安全责任事故", "没有违规行为");
        String bare = target.startsWith("没有") ? target.substring(2) : target.substring(1);
        String actual = switch (rng.nextInt(6)) {
            case 0, 1, 2 -> target;
            case 3 -> bare;
            case 4 -> IndicatorDrafts.pick(rng, IndicatorDrafts.TIER_WORDS);
            default -> "轻微" + bare;
        };
        return qualitative(rng, IndicatorDrafts.pick(rng, "生态影响", "安全生产"), target, actual);
    }

    static IndicatorDrafts.Draft yesNo(SplittableRandom rng) {
        String target = rng.nextInt(5) == 0 ? "否" : "是";
        return qualitative(rng, rng.nextBoolean() ? "是否按时完成验收" : "是否发生安全事故", target,
                IndicatorDrafts.pick(rng, "是", "否", "是", "完成", "否", "不是"));
    }

    private static IndicatorDrafts.Draft qualitative(SplittableRandom rng, String level3, String target, String actual) {
        Inputs.ValueSpec spec = rng.nextInt(8) == 0
                ? new Inputs.ValueSpec.Structured(null, null, null, null, null, target) : IndicatorDrafts.text(target);
        return IndicatorDrafts.withGaps(rng, IndicatorDrafts.pick(rng, "质量指标", "社会效益指标", "可持续影响指标"), level3, spec, null, actual);
    }
}
