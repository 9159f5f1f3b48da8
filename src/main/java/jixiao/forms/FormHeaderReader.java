package jixiao.forms;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.scoring.Period;

/**
 * Reads a form's header block: its kind and subject from the nearest title (自评 → a self-assessment,
 * 部门整体 → a department), the unit, name and year, the scoring table, the budget block with its money unit,
 * the spending plan, and for a self-assessment its period. A value a form does not state is taken from the
 * form before it in the same file (a department's projects share its unit and year) or left out, with a
 * warning either way.
 */
final class FormHeaderReader {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");
    private static final Pattern UNIT_WITH_CODE = Pattern.compile("^\\d{6,}\\s*(\\D.{3,})$");
    private static final Pattern TABLE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final FormWords words;
    private final LabelLookup labels;
    private final FormLayout layout;
    private final Money money;
    private final SpendingPlan spendingPlan;

    FormHeaderReader(FormWords words) {
        this.words = words;
        this.labels = new LabelLookup(words);
        this.layout = new FormLayout(words);
        this.money = new Money(words);
        this.spendingPlan = new SpendingPlan(labels);
    }

    FormHeader read(FormPart part, FormHeader previous, Warnings warnings) {
        List<Line> lines = part.context();
        Optional<Line> title = nearestTitle(part.headerBlock());
        String titleText = title.map(Line::text).orElse("");
        boolean hasActuals = part.sections().stream().anyMatch(s -> s.has(Role.ACTUAL) || s.has(Role.SCORE));
        FormKind kind = kind(titleText, hasActuals, title, warnings);
        Optional<LabelLookup.Found> name = labels.text(lines, Label.NAME);
        String subjectType = subjectType(titleText, name.isPresent(), lines, warnings);
        String unit = unit(lines, previous, warnings);
        Integer year = year(titleText, lines, previous, warnings);
        String formName = name.map(LabelLookup.Found::value).orElse(null);
        if (formName == null && "DEPARTMENT".equals(subjectType) && unit != null) {
            formName = unit + (year == null ? "" : year + "年") + "部门整体";
        } else if (formName == null) {
            warnings.add("", "未找到项目名称");
        }
        Money.Amounts amounts = money.read(lines, previous == null ? null : previous.budgetUnit(), warnings);
        Period period = null;
        Integer month = null;
        if (kind == FormKind.SELF_ASSESSMENT) {
            String stated = labels.text(lines, Label.PERIOD).map(LabelLookup.Found::value).orElse("");
            period = words.mentions("halfYear", stated + titleText) ? Period.HALF_YEAR : Period.FULL_YEAR;
            month = month(lines, warnings);
        }
        return new FormHeader(kind, subjectType, unit, formName, year, scoringTable(lines, warnings),
                amounts.budget(), amounts.unit(), amounts.adjusted(), amounts.executed(),
                labels.text(lines, Label.SPENDING_REASON).map(LabelLookup.Found::value).orElse(null),
                spendingPlan.read(lines, warnings), period, month);
    }

    private Optional<Line> nearestTitle(List<Line> block) {
        for (int i = block.size() - 1; i >= 0; i--) {
            if (layout.isTitle(block.get(i))) {
                return Optional.of(block.get(i));
            }
        }
        return Optional.empty();
    }

    private FormKind kind(String title, boolean hasActuals, Optional<Line> titleLine, Warnings warnings) {
        if (words.mentions("selfAssessment", title)) {
            return FormKind.SELF_ASSESSMENT;
        }
        if (hasActuals) {
            titleLine.ifPresent(l -> warnings.add(l.first().address(), "标题不是自评表，但表中有实际完成值或得分列，已按自评表读取"));
            return FormKind.SELF_ASSESSMENT;
        }
        return FormKind.DECLARATION;
    }

    private String subjectType(String title, boolean named, List<Line> lines, Warnings warnings) {
        if (words.mentions("department", title)) {
            return "DEPARTMENT";
        }
        if (words.mentions("project", title) || named) {
            return "PROJECT";
        }
        if (lines.stream().anyMatch(l -> l.text().length() <= 60 && words.mentions("department", l.text()))) {
            return "DEPARTMENT";
        }
        warnings.add("", "标题未说明是项目支出还是部门整体，已按项目支出读取");
        return "PROJECT";
    }

    private String unit(List<Line> lines, FormHeader previous, Warnings warnings) {
        Optional<LabelLookup.Found> labelled = labels.text(lines, Label.UNIT);
        if (labelled.isPresent()) {
            return withoutSuffix(labelled.get().value());
        }
        for (Line line : lines) {
            for (Cell c : line.cells()) {
                Matcher m = UNIT_WITH_CODE.matcher(c.text().strip());
                if (c.own() && m.matches()) {
                    warnings.add(c.address(), "单位名称取自带预算编码的单元格「" + c.text().strip() + "」");
                    return withoutSuffix(m.group(1));
                }
            }
        }
        if (previous != null && previous.unit() != null) {
            warnings.add("", "表中未写单位名称，沿用本文件前一张表的「" + previous.unit() + "」");
            return previous.unit();
        }
        warnings.add("", "未找到单位名称");
        return null;
    }

    private String withoutSuffix(String unit) {
        String u = unit.strip();
        for (String suffix : words.list("unitSuffixes")) {
            if (u.endsWith(suffix) && u.length() > suffix.length()) {
                u = u.substring(0, u.length() - suffix.length());
            }
        }
        return u.strip();
    }

    private static Integer year(String title, List<Line> lines, FormHeader previous, Warnings warnings) {
        Matcher m = YEAR.matcher(title);
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        for (Line line : lines) {
            Matcher l = YEAR.matcher(line.text());
            if (l.find()) {
                return Integer.valueOf(l.group(1));
            }
        }
        if (previous != null && previous.year() != null) {
            warnings.add("", "表中未写年度，沿用本文件前一张表的 " + previous.year() + " 年");
            return previous.year();
        }
        warnings.add("", "未找到年度");
        return null;
    }

    private String scoringTable(List<Line> lines, Warnings warnings) {
        Optional<LabelLookup.Found> f = labels.text(lines, Label.SCORING_TABLE);
        if (f.isPresent() && !TABLE_ID.matcher(f.get().value()).matches()) {
            warnings.add(f.get().at().address(), "评分表「" + f.get().value() + "」不是评分表编号，已忽略");
            return null;
        }
        return f.map(LabelLookup.Found::value).orElse(null);
    }

    private Integer month(List<Line> lines, Warnings warnings) {
        Optional<LabelLookup.Found> f = labels.text(lines, Label.MONTH);
        if (f.isEmpty()) {
            return null;
        }
        String digits = FormWords.fold(f.get().value()).replace("月", "");
        if (digits.matches("\\d{1,2}") && Integer.parseInt(digits) >= 1 && Integer.parseInt(digits) <= 12) {
            return Integer.valueOf(digits);
        }
        warnings.add(f.get().at().address(), "截至月份「" + f.get().value() + "」不是 1–12 月，已忽略");
        return null;
    }
}
