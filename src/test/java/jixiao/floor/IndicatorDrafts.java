package jixiao.floor;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import jixiao.scoring.Inputs;

/**
 * Generated indicator rows as forms fill them in: numeric ones ({@link NumericDrafts}), qualitative ones
 * ({@link QualitativeDrafts}) and rows without a target; reported now and then empty or not at all.
 */
final class IndicatorDrafts {
    /** A declared row (without level1, id or points) and what is reported for it; no actual row when {@code !reported}. */
    record Draft(String level2, String level3, Inputs.ValueSpec target, String unit, Inputs.ValueSpec actual,
                 boolean reported) {
    }

    private static final Pattern RANGE = Pattern.compile("\\d%?[-~至]\\d");
    static final String[] TIER_WORDS = {"达成", "达成年度指标", "完成", "已完成", "全部完成", "按时完成", "达到",
        "部分达成", "基本完成", "部分完成", "部分达成年度指标并具有一定效果", "未达成", "未完成", "未达成年度指标且效果较差"};
    /** Words no scale (and no number) knows. */
    static final String[] UNKNOWN_WORDS = {"良好", "近100%", "较好", "按计划推进", "详见附件"};

    private IndicatorDrafts() {
    }

    static Draft draw(SplittableRandom rng) {
        int p = rng.nextInt(100);
        if (p < 3) {
            return notApplicable(rng);
        }
        if (p < 14) {
            return NumericDrafts.percentAtLeast(rng);
        }
        if (p < 22) {
            return NumericDrafts.money(rng);
        }
        if (p < 28) {
            return NumericDrafts.duration(rng);
        }
        if (p < 34) {
            return NumericDrafts.countAtMost(rng);
        }
        if (p < 40) {
            return NumericDrafts.changeRate(rng);
        }
        if (p < 46) {
            return NumericDrafts.strictGreater(rng);
        }
        if (p < 51) {
            return NumericDrafts.equalsTarget(rng);
        }
        if (p < 58) {
            return NumericDrafts.range(rng);
        }
        if (p < 65) {
            return NumericDrafts.count(rng);
        }
        if (p < 68) {
            return NumericDrafts.deadline(rng);
        }
        if (p < 80) {
            return QualitativeDrafts.shippedScale(rng);
        }
        if (p < 90) {
            return QualitativeDrafts.genericStem(rng);
        }
        if (p < 95) {
            return QualitativeDrafts.negativeTarget(rng);
        }
        return QualitativeDrafts.yesNo(rng);
    }

    static Draft notApplicable(SplittableRandom rng) {
        Inputs.ValueSpec target = rng.nextBoolean() ? null : text(pick(rng, "/", "—", "-", " "));
        return new Draft("数量指标", rng.nextBoolean() ? null : "指标" + rng.nextInt(9), target, null,
                text(pick(rng, "100%", "完成", "/")), rng.nextBoolean());
    }

    /** A row reported as given, or now and then not reported at all, or reported empty. */
    static Draft withGaps(SplittableRandom rng, String level2, String level3, Inputs.ValueSpec target,
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

    static Inputs.ValueSpec text(String s) {
        return new Inputs.ValueSpec.Text(s);
    }

    @SafeVarargs
    static <T> T pick(SplittableRandom rng, T... options) {
        return options[rng.nextInt(options.length)];
    }

    static int pickInt(SplittableRandom rng, int... options) {
        return options[rng.nextInt(options.length)];
    }

}
