package jixiao.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * §1.5: the comparator a number written without one implies for its indicator, and the reason shown
 * with it, from the vocabulary's inference words. The words and their reasons are joined once here, not
 * at every value read: a declaration reads two or three numbers per indicator.
 */
final class ComparatorInference {
    private static final ValueParser.Implied ZERO_TARGET = new ValueParser.Implied(Op.LE, "目标值为 0，按“≤”评分");
    private static final ValueParser.Implied DEFAULT = new ValueParser.Implied(Op.GE, "未写比较符，默认按“≥”评分");

    /** A word of the vocabulary and what it implies. */
    private record Word(String text, ValueParser.Implied implied) {
    }

    private final List<Word> atLeastEndings;
    private final List<Word> costDimensions;
    private final List<Word> atMostWords;

    ComparatorInference(Vocabulary vocabulary) {
        List<Word> endings = new ArrayList<>();
        vocabulary.atLeastEndings().forEach(e -> endings.add(new Word(e,
                new ValueParser.Implied(Op.GE, "三级指标以“" + e + "”结尾，越高越好，按“≥”评分"))));
        vocabulary.atLeastRateStems().forEach(s -> endings.add(new Word(s + "率",
                new ValueParser.Implied(Op.GE, "三级指标以“" + s + "率”结尾，越高越好，按“≥”评分"))));
        this.atLeastEndings = List.copyOf(endings);
        this.costDimensions = vocabulary.costDimensions().stream().map(c -> new Word(c,
                new ValueParser.Implied(Op.LE, "指标属于成本类“" + c + "”，越低越好，按“≤”评分"))).toList();
        this.atMostWords = vocabulary.atMostWords().stream().map(w -> new Word(w,
                new ValueParser.Implied(Op.LE, "三级指标含“" + w + "”，越低越好，按“≤”评分"))).toList();
    }

    /** In the order of §1.5: the level3 name's ending, a cost dimension, a word for less, a zero target. */
    ValueParser.Implied implied(BigDecimal value, IndicatorContext ctx) {
        String level3 = ctx.level3Name();
        for (Word w : atLeastEndings) {
            if (level3.endsWith(w.text())) {
                return w.implied();
            }
        }
        String level1 = ctx.level1Group();
        String level2 = ctx.level2Group();
        for (Word w : costDimensions) {
            if (w.text().equals(level1) || w.text().equals(level2)) {
                return w.implied();
            }
        }
        for (Word w : atMostWords) {
            if (level3.contains(w.text())) {
                return w.implied();
            }
        }
        return value != null && value.signum() == 0 ? ZERO_TARGET : DEFAULT;
    }
}
