package jixiao.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text of a target or an actual into an {@link IndicatorValue} (spec §1). */
public final class ValueParser {
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");
    private static final Pattern RANGE = Pattern.compile(
            "^([-+]?\\d+(?:\\.\\d+)?)([^\\d~至到—-]*)(?:-|~|至|到|—)([-+]?\\d+(?:\\.\\d+)?)([^\\d]*)$");
    private static final Pattern BRACKET_UNIT = Pattern.compile("[(（]([^()（）]+)[)）]$");

    private final Vocabulary vocabulary;
    private final Map<String, UnitDef> unitsByLabel = new LinkedHashMap<>();
    private final List<String> unitLabelsLongestFirst;
    private final List<Map.Entry<String, Op>> prefixWords;
    private final List<Map.Entry<String, Op>> suffixWords;
    private final List<Map.Entry<String, Op>> allWords;

    public ValueParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        vocabulary.units().forEach(u -> unitsByLabel.put(u.unit(), u));
        this.unitLabelsLongestFirst = unitsByLabel.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.prefixWords = longestFirst(vocabulary.prefixOps());
        this.suffixWords = longestFirst(vocabulary.suffixOps());
        List<Map.Entry<String, Op>> all = new ArrayList<>(prefixWords);
        all.addAll(suffixWords);
        all.sort(Comparator.comparingInt((Map.Entry<String, Op> e) -> e.getKey().length()).reversed());
        this.allWords = all;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** A declared target ({@code 指标值}); a number without a comparator gets an inferred one. */
    public IndicatorValue parseTarget(String raw, IndicatorContext ctx) {
        return parse(raw, ctx, false);
    }

    /** A reported actual ({@code 实际完成值}); completion tier words are read first. */
    public IndicatorValue parseActual(String raw, IndicatorContext ctx) {
        return parse(raw, ctx, true);
    }

    /** A target given as structured fields rather than text. */
    public IndicatorValue.Quantity quantity(Op op, BigDecimal value, String unitText, IndicatorContext ctx,
                                            String text) {
        Unit unit = unitText == null || unitText.isBlank() ? null : parseUnit(unitText).orElse(null);
        return finishQuantity(op, value, unit, "", ctx, text, op == null);
    }

    /** A range given as structured fields. */
    public IndicatorValue.Range range(BigDecimal low, BigDecimal high, String unitText, IndicatorContext ctx,
                                      String text) {
        Unit unit = unitText == null || unitText.isBlank() ? null : parseUnit(unitText).orElse(null);
        return new IndicatorValue.Range(low, high, unit == null ? defaultUnit("", ctx) : unit, text);
    }

    /** A unit column's text ({@code 次/年}, {@code 万元}); empty when it names no known unit. */
    public Optional<Unit> parseUnit(String text) {
        String s = Normaliser.normalise(text);
        UnitMatch m = matchUnit(s, 0);
        if (m == null || m.end != s.length()) {
            return Optional.empty();
        }
        return Optional.of(m.unit);
    }

    private IndicatorValue parse(String raw, IndicatorContext ctx, boolean actual) {
        String s = Normaliser.normalise(raw);
        if (Normaliser.isEmpty(s)) {
            return new IndicatorValue.Empty(raw);
        }
        if (actual) {
            CompletionTier tier = vocabulary.tiers().get(s);
            if (tier != null) {
                return new IndicatorValue.Tier(tier, s, raw);
            }
        }
        String rewritten = ChineseNumerals.rewrite(s, rest -> matchUnit(rest, 0) != null);
        IndicatorValue range = readRange(rewritten, ctx, raw);
        if (range != null) {
            return range;
        }
        IndicatorValue quantity = readQuantity(rewritten, 0, "", ctx, raw, actual);
        if (quantity == null) {
            quantity = readEmbeddedQuantity(rewritten, ctx, raw, actual);
        }
        if (quantity == null && rewritten.startsWith("零") && rewritten.length() > 1) {
            quantity = readLeadingZero(rewritten, ctx, raw);
        }
        return quantity != null ? quantity : new IndicatorValue.Term(s, raw);
    }

    private IndicatorValue readRange(String s, IndicatorContext ctx, String raw) {
        Matcher m = RANGE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        Unit lowUnit = m.group(2).isEmpty() ? null : wholeUnit(m.group(2));
        Unit highUnit = m.group(4).isEmpty() ? null : wholeUnit(m.group(4));
        if ((!m.group(2).isEmpty() && lowUnit == null) || (!m.group(4).isEmpty() && highUnit == null)) {
            return null;
        }
        BigDecimal low = new BigDecimal(m.group(1));
        BigDecimal high = new BigDecimal(m.group(3));
        if (m.group(1).startsWith("-") || low.compareTo(high) > 0) {
            return null;
        }
        Unit unit = highUnit != null ? highUnit : lowUnit;
        if (lowUnit != null && highUnit != null && !lowUnit.equals(highUnit)) {
            return null;
        }
        return new IndicatorValue.Range(low, high, unit == null ? defaultUnit("", ctx) : unit, raw);
    }

    private Unit wholeUnit(String s) {
        UnitMatch u = matchUnit(s, 0);
        return u != null && u.end == s.length() ? u.unit : null;
    }

    /** Op word (optional), number, unit (optional), period, suffix op, description — from {@code start}. */
    private IndicatorValue.Quantity readQuantity(String s, int start, String before, IndicatorContext ctx,
                                                 String raw, boolean actual) {
        int pos = start;
        Op op = null;
        Map.Entry<String, Op> prefix = wordAt(s, pos, prefixWords);
        if (prefix != null) {
            op = prefix.getValue();
            pos += prefix.getKey().length();
        }
        Matcher n = NUMBER.matcher(s).region(pos, s.length());
        if (!n.lookingAt()) {
            return null;
        }
        BigDecimal value = new BigDecimal(n.group());
        pos = n.end();
        Unit unit = null;
        UnitMatch u = matchUnit(s, pos);
        if (u != null) {
            unit = u.unit;
            pos = u.end;
        }
        Map.Entry<String, Op> suffix = wordAt(s, pos, suffixWords);
        if (suffix != null) {
            op = op == null ? suffix.getValue() : op;
            pos += suffix.getKey().length();
        }
        String description = before + s.substring(pos);
        if (op == null && !description.isEmpty()) {
            op = firstComparatorWord(description);
        }
        if (unit == null) {
            unit = defaultUnit(description, ctx);
        }
        return finishQuantity(op, value, unit, description, ctx, raw, op == null && !actual);
    }

    /** {@code 满意度达到95%以上}: a comparator word followed by a number inside the text. */
    private IndicatorValue.Quantity readEmbeddedQuantity(String s, IndicatorContext ctx, String raw, boolean actual) {
        for (int i = 1; i < s.length(); i++) {
            Map.Entry<String, Op> w = wordAt(s, i, prefixWords);
            if (w != null) {
                Matcher n = NUMBER.matcher(s).region(i + w.getKey().length(), s.length());
                if (n.lookingAt()) {
                    return readQuantity(s, i, s.substring(0, i), ctx, raw, actual);
                }
            }
        }
        return null;
    }

    /** {@code 零失误}: no more than zero occurrences. */
    private IndicatorValue.Quantity readLeadingZero(String s, IndicatorContext ctx, String raw) {
        UnitDef times = unitsByLabel.get("次");
        Unit unit = times == null ? null : toUnit(times, BigDecimal.ONE, "次", null);
        return finishQuantity(Op.LE, BigDecimal.ZERO, unit, s.substring(1), ctx, raw, false);
    }

    private IndicatorValue.Quantity finishQuantity(Op op, BigDecimal value, Unit unit, String description,
                                                   IndicatorContext ctx, String raw, boolean infer) {
        Implied implied = implied(value, ctx);
        if (op == null) {
            return new IndicatorValue.Quantity(implied.op(), value, unit, description, infer,
                    infer ? implied.reason() : null, implied.op(), implied.reason(), raw);
        }
        return new IndicatorValue.Quantity(op, value, unit, description, false, null, implied.op(),
                implied.reason(), raw);
    }

    /** The comparator §1.5 infers for a number in this indicator, and why. */
    public Implied implied(BigDecimal value, IndicatorContext ctx) {
        String level3 = stripBracketUnit(Normaliser.normalise(ctx.level3()));
        for (String ending : vocabulary.atLeastEndings()) {
            if (level3.endsWith(ending)) {
                return new Implied(Op.GE, "三级指标以“" + ending + "”结尾，越高越好，按“≥”评分");
            }
        }
        for (String stem : vocabulary.atLeastRateStems()) {
            if (level3.endsWith(stem + "率")) {
                return new Implied(Op.GE, "三级指标以“" + stem + "率”结尾，越高越好，按“≥”评分");
            }
        }
        String level1 = Normaliser.levelName(ctx.level1());
        String level2 = Normaliser.levelName(ctx.level2());
        for (String cost : vocabulary.costDimensions()) {
            if (cost.equals(level1) || cost.equals(level2)) {
                return new Implied(Op.LE, "指标属于成本类“" + cost + "”，越低越好，按“≤”评分");
            }
        }
        for (String word : vocabulary.atMostWords()) {
            if (level3.contains(word)) {
                return new Implied(Op.LE, "三级指标含“" + word + "”，越低越好，按“≤”评分");
            }
        }
        if (value != null && value.signum() == 0) {
            return new Implied(Op.LE, "目标值为 0，按“≤”评分");
        }
        return new Implied(Op.GE, "未写比较符，默认按“≥”评分");
    }

    /** An inferred comparator and the Chinese reason shown with it. */
    public record Implied(Op op, String reason) {
    }

    /** §1.4: the indicator's unit column, a unit in brackets ending level3, or % from the description. */
    private Unit defaultUnit(String description, IndicatorContext ctx) {
        if (ctx.unitField() != null && !ctx.unitField().isBlank()) {
            Optional<Unit> u = parseUnit(ctx.unitField());
            if (u.isPresent()) {
                return u.get();
            }
        }
        Matcher bracket = BRACKET_UNIT.matcher(Normaliser.normalise(ctx.level3()));
        if (bracket.find()) {
            Optional<Unit> u = parseUnit(bracket.group(1));
            if (u.isPresent()) {
                return u.get();
            }
        }
        if (description.contains("%") || description.contains("百分")) {
            return parseUnit("%").orElse(null);
        }
        return null;
    }

    private static String stripBracketUnit(String level3) {
        return BRACKET_UNIT.matcher(level3).replaceAll("");
    }

    private Op firstComparatorWord(String description) {
        for (int i = 0; i < description.length(); i++) {
            Map.Entry<String, Op> w = wordAt(description, i, allWords);
            if (w != null) {
                return w.getValue();
            }
        }
        return null;
    }

    private static Map.Entry<String, Op> wordAt(String s, int pos, List<Map.Entry<String, Op>> words) {
        for (Map.Entry<String, Op> w : words) {
            if (s.startsWith(w.getKey(), pos)) {
                return w;
            }
        }
        return null;
    }

    private record UnitMatch(Unit unit, int end) {
    }

    /** The longest listed unit at {@code pos}, or a multiplier ({@code 万}) and a listed unit; then a period. */
    private UnitMatch matchUnit(String s, int pos) {
        BigDecimal multiplier = BigDecimal.ONE;
        String multiplierText = "";
        String label = longestUnitAt(s, pos);
        int end;
        if (label == null) {
            for (Map.Entry<String, BigDecimal> m : vocabulary.multipliers().entrySet()) {
                if (s.startsWith(m.getKey(), pos)) {
                    String after = longestUnitAt(s, pos + m.getKey().length());
                    if (after != null) {
                        label = after;
                        multiplier = m.getValue();
                        multiplierText = m.getKey();
                        break;
                    }
                }
            }
            if (label == null) {
                return null;
            }
            end = pos + multiplierText.length() + label.length();
        } else {
            end = pos + label.length();
        }
        String period = null;
        for (String p : vocabulary.periods()) {
            if (s.startsWith(p, end)) {
                period = p;
                end += p.length();
                break;
            }
        }
        return new UnitMatch(toUnit(unitsByLabel.get(label), multiplier, multiplierText + label, period), end);
    }

    private String longestUnitAt(String s, int pos) {
        for (String label : unitLabelsLongestFirst) {
            if (s.startsWith(label, pos)) {
                return label;
            }
        }
        return null;
    }

    private Unit toUnit(UnitDef def, BigDecimal multiplier, String label, String period) {
        boolean perYear = vocabulary.yearPeriod().equals(period);
        return new Unit(label, def.dimension(), def.factor().multiply(multiplier), perYear ? null : period, perYear);
    }

    private static List<Map.Entry<String, Op>> longestFirst(Map<Op, List<String>> words) {
        List<Map.Entry<String, Op>> out = new ArrayList<>();
        words.forEach((op, list) -> list.forEach(w -> out.add(Map.entry(Normaliser.normalise(w), op))));
        out.sort(Comparator.comparingInt((Map.Entry<String, Op> e) -> e.getKey().length()).reversed());
        return out;
    }
}
