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
    // Possessive quantifiers throughout: no pattern here may backtrack over a long run of digits.
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d++(?:\\.\\d++)?");
    /** Between the two numbers of a range (§1.2); {@code -} only there, so {@code -0.33%} is a number. */
    private static final String RANGE_SEPARATORS = "-~至到—";
    /** A four-digit year written before a month ({@code 2024年9月前}): the month is the value. */
    private static final Pattern YEAR_BEFORE_MONTH = Pattern.compile("(?<!\\d)\\d{4}年(?=\\d{1,2}月)");
    /**
     * A day written after a month ({@code 6月30日前}, {@code 12月31号}): not read, the month is the value, and a
     * deadline word after the day still counts ({@code 6月30日前} is ≤ 6 月, as {@code 6月底前} is).
     */
    private static final Pattern DAY_AFTER_MONTH =
            Pattern.compile("(?<=\\d月)(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[日号](?!\\d)");
    /**
     * A whole date written with dots, slashes or dashes ({@code 2024.12.31前}, {@code 2024-6-30}): read as its month,
     * as {@code 2024年12月31日} is (a number has one dot at most, a range two numbers).
     */
    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(?<![\\d.])\\d{4}([./-])(0?[1-9]|1[0-2])\\1(?:0?[1-9]|[12]\\d|3[01])(?![\\d.])");

    /** The unit of deadlines ({@code 9月前}) and the word for a month's end before one ({@code 11月底前}). */
    private static final String MONTH = "月";
    private static final String MONTH_END = "底";

    private final Vocabulary vocabulary;
    private final Map<String, UnitDef> unitsByLabel = new LinkedHashMap<>();
    private final List<String> unitLabelsLongestFirst;
    private final WordIndex<String> unitLabels;
    private final String unitLastChars;
    private final WordIndex<Op> prefixWords;
    private final WordIndex<Op> suffixWords;
    private final Approximations approximations;
    private final ComparatorInference inference;

    public ValueParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        vocabulary.units().forEach(u -> unitsByLabel.put(u.unit(), u));
        this.unitLabelsLongestFirst = unitsByLabel.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        StringBuilder last = new StringBuilder();
        unitLabelsLongestFirst.forEach(l -> last.append(l.charAt(l.length() - 1)));
        this.unitLastChars = last.toString();
        this.unitLabels = new WordIndex<>(unitLabelsLongestFirst.stream().map(l -> Map.entry(l, l)).toList());
        this.prefixWords = new WordIndex<>(longestFirst(vocabulary.prefixOps()));
        this.suffixWords = new WordIndex<>(longestFirst(vocabulary.suffixOps()));
        Approximations a = vocabulary.approximations() == null ? Approximations.none() : vocabulary.approximations();
        this.approximations = new Approximations(longestFirst(a.before()), longestFirst(a.afterNumber()),
                longestFirst(a.afterUnit()), longestFirst(a.nearly()));
        this.inference = new ComparatorInference(vocabulary);
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
        if (NumberText.hasUnusable(s)) {
            return new IndicatorValue.Unreadable(s, raw);
        }
        String rewritten = monthsOfDates(ChineseNumerals.rewrite(s, this::unitStartsAt));
        IndicatorValue range = readRange(rewritten, ctx, raw);
        if (range != null) {
            return range;
        }
        IndicatorValue quantity = readQuantity(rewritten, 0, "", ctx, raw);
        if (quantity == null) {
            quantity = readEmbeddedQuantity(rewritten, ctx, raw);
        }
        if (quantity == null) {
            quantity = readFirstNumber(rewritten, ctx, raw);
        }
        if (quantity == null && rewritten.startsWith("零") && rewritten.length() > 1) {
            quantity = readLeadingZero(rewritten, ctx, raw, actual);
        }
        return quantity != null ? quantity : new IndicatorValue.Term(s, raw);
    }

    /**
     * {@code 80%-90%}, {@code 80~90%}, {@code 80%至90%}: number, optional unit, one separator, number,
     * optional unit, nothing else. Scanned by hand (one pass; a regex class over CJK text is slow).
     */
    private IndicatorValue readRange(String s, IndicatorContext ctx, String raw) {
        RangeParts m = rangeParts(s);
        if (m == null) {
            return null;
        }
        Unit lowUnit = m.lowUnit().isEmpty() ? null : wholeUnit(m.lowUnit());
        Unit highUnit = m.highUnit().isEmpty() ? null : wholeUnit(m.highUnit());
        if ((!m.lowUnit().isEmpty() && lowUnit == null) || (!m.highUnit().isEmpty() && highUnit == null)) {
            return null;
        }
        BigDecimal low = NumberText.decimal(m.low());
        BigDecimal high = NumberText.decimal(m.high());
        if (m.low().startsWith("-") || low.compareTo(high) > 0) {
            return null;
        }
        Unit unit = highUnit != null ? highUnit : lowUnit;
        if (lowUnit != null && highUnit != null && !lowUnit.equals(highUnit)) {
            return null;
        }
        return new IndicatorValue.Range(low, high, unit == null ? defaultUnit("", ctx) : unit, raw);
    }

    private record RangeParts(String low, String lowUnit, String high, String highUnit) {
    }

    private static RangeParts rangeParts(String s) {
        Matcher low = NUMBER.matcher(s);
        if (!low.lookingAt()) {
            return null;
        }
        int sep = low.end();
        while (sep < s.length() && !NumberText.isDigit(s.charAt(sep))
                && RANGE_SEPARATORS.indexOf(s.charAt(sep)) < 0) {
            sep++;
        }
        if (sep == s.length() || NumberText.isDigit(s.charAt(sep))) {
            return null;
        }
        Matcher high = NUMBER.matcher(s).region(sep + 1, s.length());
        if (!high.lookingAt()) {
            return null;
        }
        for (int i = high.end(); i < s.length(); i++) {
            if (NumberText.isDigit(s.charAt(i))) {
                return null;
            }
        }
        return new RangeParts(low.group(), s.substring(low.end(), sep), high.group(), s.substring(high.end()));
    }

    private Unit wholeUnit(String s) {
        UnitMatch u = matchUnit(s, 0);
        return u != null && u.end == s.length() ? u.unit : null;
    }

    /** Op word (optional), number, unit (optional), period, suffix op, description — from {@code start}. */
    private IndicatorValue.Quantity readQuantity(String s, int start, String before, IndicatorContext ctx,
                                                 String raw) {
        int pos = start;
        Op op = null;
        Map.Entry<String, Op> prefix = prefixWords.at(s, pos);
        if (prefix != null) {
            op = prefix.getValue();
            pos += prefix.getKey().length();
        }
        pos += lengthOfWordAt(s, pos, approximations.before());
        Matcher n = NUMBER.matcher(s).region(pos, s.length());
        if (!n.lookingAt()) {
            return null;
        }
        BigDecimal value = NumberText.decimal(n.group());
        pos = n.end();
        pos += lengthOfWordAt(s, pos, approximations.afterNumber());
        Unit unit = null;
        UnitMatch u = matchUnit(s, pos);
        if (u != null) {
            unit = u.unit;
            pos = u.end;
        }
        pos += lengthOfWordAt(s, pos, approximations.afterUnit());
        Map.Entry<String, Op> suffix = suffixAt(s, pos, unit);
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
        return finishQuantity(op, value, unit, description, ctx, raw, op == null);
    }

    /**
     * The comparator word right after a number and its unit (§1.3). After a month, its end ({@code 底}) before
     * any deadline word (a {@code <=} suffix) is that deadline: {@code 11月底之前} and {@code 11月底以前} read
     * as {@code 11月底前} does, whichever deadline words the vocabulary lists; {@code 9月底} alone is the month.
     */
    private Map.Entry<String, Op> suffixAt(String s, int pos, Unit unit) {
        Map.Entry<String, Op> word = suffixWords.at(s, pos);
        if (word == null && unit != null && MONTH.equals(unit.label()) && s.startsWith(MONTH_END, pos)) {
            Map.Entry<String, Op> deadline = suffixWords.at(s, pos + MONTH_END.length());
            if (deadline != null && deadline.getValue() == Op.LE) {
                return Map.entry(MONTH_END + deadline.getKey(), Op.LE);
            }
        }
        return word;
    }

    /** {@code 满意度达到95%以上}: a comparator word followed by a number inside the text. */
    private IndicatorValue.Quantity readEmbeddedQuantity(String s, IndicatorContext ctx, String raw) {
        for (int i = 1; i < s.length(); i++) {
            if (!prefixWords.mayStartAt(s, i)) {
                continue;
            }
            Map.Entry<String, Op> w = prefixWords.at(s, i);
            if (w != null) {
                if (NumberText.startsAt(s, i + w.getKey().length())) {
                    return readQuantity(s, i, s.substring(0, i), ctx, raw);
                }
            }
        }
        return null;
    }

    /**
     * Words, then a number (§1.2): {@code 全年累计培训320人次}, {@code 完成1部宣传片,2套方案}. The first
     * number and its unit are the value, the words around it the description (a comparator word among
     * them still counts). A number right after a "nearly" word ({@code 近200人}) is not read (§1.6).
     */
    private IndicatorValue.Quantity readFirstNumber(String s, IndicatorContext ctx, String raw) {
        int d = 0;
        while (d < s.length() && !NumberText.isDigit(s.charAt(d))) {
            d++;
        }
        if (d == s.length() || d == 0) {
            return null;
        }
        boolean signed = (s.charAt(d - 1) == '-' || s.charAt(d - 1) == '+')
                && (d == 1 || !NumberText.isDigit(s.charAt(d - 2)));
        int start = signed ? d - 1 : d;
        String before = s.substring(0, start);
        for (String nearly : approximations.nearly()) {
            if (before.endsWith(nearly)) {
                return null;
            }
        }
        return readQuantity(s, start, before, ctx, raw);
    }

    /**
     * Dates as the months they name (deadlines are scored by the month, §1.3): a whole date in digits
     * ({@code 2024.12.31}), the year before a month ({@code 2024年9月}) and the day after one ({@code 6月30日}) are
     * read as {@code 12月}, {@code 9月}, {@code 6月}. Each pattern runs only when its characters are in the text.
     */
    private static String monthsOfDates(String s) {
        String out = s;
        if (out.length() >= 8 && hasDateSeparators(out)) {
            out = NUMERIC_DATE.matcher(out).replaceAll("$2月");
        }
        if (out.indexOf('年') >= 0) {
            out = YEAR_BEFORE_MONTH.matcher(out).replaceAll("");
        }
        if (out.indexOf('日') >= 0 || out.indexOf('号') >= 0) {
            out = DAY_AFTER_MONTH.matcher(out).replaceAll("");
        }
        return out;
    }

    /** Whether a text holds two of the separators a date written with digits has ({@code 2024.12.31}). */
    private static boolean hasDateSeparators(String s) {
        int separators = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '/' || c == '-') && ++separators == 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 零失误}: no more than zero occurrences. A target counts them in 次 (§1.2: ≤ 0 次). An actual
     * ({@code 零事故}) is 0 against any numeric target (§1.6, as {@code 无事故} is), so it has no unit of its own
     * beyond the indicator's (unit column, bracket): it takes the target's, and 零事故 against ≤2% is 0 %, which
     * meets it. §1.6 does not say whether a count of nothing compares with a rate; it says the word is 0, and
     * nothing that happened is also a rate of 0, so a bureau sees it scored rather than INVALID for its unit.
     */
    private IndicatorValue.Quantity readLeadingZero(String s, IndicatorContext ctx, String raw, boolean actual) {
        String noun = s.substring(1);
        if (actual) {
            return finishQuantity(Op.LE, BigDecimal.ZERO, defaultUnit(noun, ctx), noun, ctx, raw, false);
        }
        UnitDef times = unitsByLabel.get("次");
        Unit unit = times == null ? null : toUnit(times, BigDecimal.ONE, "次", null);
        return finishQuantity(Op.LE, BigDecimal.ZERO, unit, noun, ctx, raw, false);
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
        return inference.implied(value, ctx);
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
        if (ctx.bracketUnit() != null) {
            Optional<Unit> u = parseUnit(ctx.bracketUnit());
            if (u.isPresent()) {
                return u.get();
            }
        }
        if (description.contains("%") || description.contains("百分")) {
            return parseUnit("%").orElse(null);
        }
        return null;
    }

    /**
     * The first comparator word of a description: a word written before a number counts anywhere, a
     * word written after one ({@code 以上}, {@code 前}) only right after a number and its unit (§1.3), so
     * {@code 提前} or {@code 前期} is no comparator.
     */
    private Op firstComparatorWord(String description) {
        for (int i = 0; i < description.length(); i++) {
            Map.Entry<String, Op> w = prefixWords.at(description, i);
            if (w != null) {
                return w.getValue();
            }
            w = suffixWords.at(description, i);
            if (w != null && followsNumber(description, i)) {
                return w.getValue();
            }
        }
        return null;
    }

    /** Whether a number, or a number and a listed unit, ends at {@code pos}. */
    private boolean followsNumber(String s, int pos) {
        if (pos == 0) {
            return false;
        }
        if (NumberText.isDigit(s.charAt(pos - 1))) {
            return true;
        }
        if (unitLastChars.indexOf(s.charAt(pos - 1)) < 0) {
            return false;
        }
        for (String label : unitLabelsLongestFirst) {
            int start = pos - label.length();
            if (start > 0 && s.startsWith(label, start)) {
                int before = start - 1;
                if (vocabulary.multipliers().containsKey(String.valueOf(s.charAt(before))) && before > 0) {
                    before--;
                }
                if (NumberText.isDigit(s.charAt(before))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int lengthOfWordAt(String s, int pos, List<String> wordsLongestFirst) {
        for (String w : wordsLongestFirst) {
            if (s.startsWith(w, pos)) {
                return w.length();
            }
        }
        return 0;
    }


    private record UnitMatch(Unit unit, int end) {
    }

    /**
     * The longest listed unit at {@code pos}, or a multiplier ({@code 万}) and a listed unit when that reads
     * further ({@code 万人次} is 万 × 人次, not the listed 万人 and a 次 left over; {@code 万人} stays the listed
     * unit); then a period. An approximation word may stand between the multiplier and its unit
     * ({@code 3万余人}, §1.6): it is dropped.
     */
    private UnitMatch matchUnit(String s, int pos) {
        BigDecimal multiplier = BigDecimal.ONE;
        String multiplierText = "";
        String label = longestUnitAt(s, pos);
        int end = label == null ? pos : pos + label.length();
        for (Map.Entry<String, BigDecimal> m : vocabulary.multipliers().entrySet()) {
            if (s.startsWith(m.getKey(), pos)) {
                int unitAt = afterMultiplier(s, pos + m.getKey().length());
                String after = longestUnitAt(s, unitAt);
                if (after != null && unitAt + after.length() > end) {
                    label = after;
                    multiplier = m.getValue();
                    multiplierText = m.getKey();
                    end = unitAt + after.length();
                    break;
                }
            }
        }
        if (label == null) {
            return null;
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

    /** Where the unit after a multiplier starts: past an approximation word ({@code 3万余人}, §1.6) if one is there. */
    private int afterMultiplier(String s, int pos) {
        return pos + lengthOfWordAt(s, pos, approximations.afterNumber());
    }

    /** Whether {@link #matchUnit} would find a unit at {@code pos}, without building it. */
    private boolean unitStartsAt(String s, int pos) {
        if (longestUnitAt(s, pos) != null) {
            return true;
        }
        for (String m : vocabulary.multipliers().keySet()) {
            if (s.startsWith(m, pos) && longestUnitAt(s, afterMultiplier(s, pos + m.length())) != null) {
                return true;
            }
        }
        return false;
    }

    private String longestUnitAt(String s, int pos) {
        Map.Entry<String, String> label = unitLabels.at(s, pos);
        return label == null ? null : label.getKey();
    }

    private Unit toUnit(UnitDef def, BigDecimal multiplier, String label, String period) {
        boolean perYear = vocabulary.yearPeriod().equals(period);
        return new Unit(label, def.dimension(), def.factor().multiply(multiplier), perYear ? null : period, perYear);
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().map(Normaliser::normalise).filter(w -> !w.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static List<Map.Entry<String, Op>> longestFirst(Map<Op, List<String>> words) {
        List<Map.Entry<String, Op>> out = new ArrayList<>();
        words.forEach((op, list) -> list.forEach(w -> out.add(Map.entry(Normaliser.normalise(w), op))));
        out.sort(Comparator.comparingInt((Map.Entry<String, Op> e) -> e.getKey().length()).reversed());
        return out;
    }
}
