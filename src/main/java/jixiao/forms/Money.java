package jixiao.forms;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The budget block: 年初预算数 (or the form's 预算数, 资金总额 …), 全年预算数 and 全年执行数, and the money unit
 * they are in: from their own header ({@code 项目资金（万元）}, {@code 部门整体资金（万元）}), a suffix of the
 * amount ({@code 550万元}), a note anywhere above ({@code 单位：元}, {@code 金额单位：万元}), the form before, or
 * else the first of forms.yml's {@code moneyUnits}, with a warning.
 */
final class Money {
    private final FormWords words;
    private final LabelLookup labels;

    Money(FormWords words) {
        this.words = words;
        this.labels = new LabelLookup(words);
    }

    record Amounts(String budget, String unit, String adjusted, String executed) {
    }

    Amounts read(List<Line> lines, String previousUnit, Warnings warnings) {
        Optional<LabelLookup.Found> budget = labels.amount(lines, Label.BUDGET);
        Optional<LabelLookup.Found> adjusted = labels.amount(lines, Label.BUDGET_ADJUSTED);
        Optional<LabelLookup.Found> executed = labels.amount(lines, Label.BUDGET_EXECUTED);
        Optional<LabelLookup.Found> any = budget.or(() -> adjusted).or(() -> executed);
        if (any.isEmpty()) {
            warnings.add("", "未找到预算数");
            return new Amounts(null, unitNote(lines).orElse(previousUnit), null, null);
        }
        String unit = unitIn(any.get().line().text())
                .or(() -> suffix(any.get().value()))
                .or(() -> unitNote(lines))
                .orElse(null);
        if (unit == null && previousUnit != null) {
            unit = previousUnit;
            warnings.add(any.get().label().address(), "未写金额单位，沿用本文件前一张表的" + unit);
        } else if (unit == null) {
            unit = words.list("moneyUnits").get(0);
            warnings.add(any.get().label().address(), "未写金额单位，按" + unit + "读取");
        }
        return new Amounts(plain(budget, unit), unit, plain(adjusted, unit), plain(executed, unit));
    }

    /** An amount as written, less spaces and thousands separators, and less its unit when that is the block's. */
    private static String plain(Optional<LabelLookup.Found> found, String unit) {
        if (found.isEmpty()) {
            return null;
        }
        String s = FormWords.fold(found.get().value()).replace(",", "");
        return s.endsWith(unit) && s.length() > unit.length() && Character.isDigit(s.charAt(s.length() - unit.length() - 1))
                ? s.substring(0, s.length() - unit.length()) : s;
    }

    /** {@code （万元）} or {@code 单位：万元} in a text. */
    private Optional<String> unitIn(String text) {
        String folded = FormWords.fold(text);
        for (String unit : longestFirst()) {
            if (folded.contains("(" + unit + ")") || folded.contains("单位:" + unit)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    private Optional<String> suffix(String amount) {
        String folded = FormWords.fold(amount);
        return longestFirst().stream().filter(folded::endsWith).findFirst();
    }

    private Optional<String> unitNote(List<Line> lines) {
        for (Line line : lines) {
            Optional<String> u = unitIn(line.text());
            if (u.isPresent()) {
                return u;
            }
        }
        return Optional.empty();
    }

    /** 万元 before 元, so that （万元） is not read as 元. */
    private List<String> longestFirst() {
        return words.list("moneyUnits").stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");

    /** A plain number, spaces and thousands separators aside: 10, 9.5, 1,200. */
    static boolean isNumber(String text) {
        Matcher m = NUMBER.matcher(FormWords.fold(text).replace(",", ""));
        return m.matches();
    }
}
