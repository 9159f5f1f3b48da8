package jixiao.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the rows of a form's indicator tables. A row is an indicator when it has text of its own (not only
 * merged cells reaching into it) in an indicator column; 合计 / 总分 rows and blank rows are not. A blank
 * 一级 or 二级 cell is the one above, as in a pasted table that lost its merged cells. A comparator and a
 * value in columns of their own make one target ({@code ≧} and {@code 735} are {@code ≥735}), the 度量单位
 * column the indicator's unit. Names lose the line breaks a narrow cell put in them; targets and actuals
 * keep theirs.
 */
final class IndicatorRows {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FormWords words;

    IndicatorRows(FormWords words) {
        this.words = words;
    }

    List<IndicatorRow> read(List<Section> sections, Warnings warnings) {
        List<IndicatorRow> rows = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        for (Section s : sections) {
            if (s.skipped()) {
                warnings.add(s.headerCell(), "跳过「" + FormWords.fold(s.label().isBlank() ? "长期绩效指标" : s.label())
                        + "」：不是本年度的绩效指标");
                continue;
            }
            for (int r = s.firstDataRow(); r < s.endRow(); r++) {
                Cell l1 = first(s, Role.LEVEL1, r);
                Cell l2 = first(s, Role.LEVEL2, r);
                Cell l3 = first(s, Role.LEVEL3, r);
                if (skipped(firstText(s, r)) || skipped(l1) || skipped(l2) || skipped(l3) || !hasOwnText(s, r)) {
                    continue;
                }
                String n1 = name(l1);
                String n2 = name(l2);
                boolean sameGroup = n1 == null || n1.equals(level1);
                level2 = n2 != null ? n2 : sameGroup ? level2 : null;
                level1 = n1 != null ? n1 : level1;
                rows.add(row(s, r, level1, level2, name(l3), warnings));
            }
        }
        return rows;
    }

    private IndicatorRow row(Section s, int r, String level1, String level2, String level3, Warnings warnings) {
        return new IndicatorRow(text(s, Role.ID, r), level1, level2, level3, target(s, r, warnings),
                text(s, Role.HALF_YEAR_TARGET, r), number(s, Role.POINTS, r, "分值", warnings),
                text(s, Role.VALUE_UNIT, r), text(s, Role.ACTUAL, r), text(s, Role.REASON, r),
                number(s, Role.SCORE, r, "得分", warnings), text(s, Role.COMPLETION_LIKELIHOOD, r));
    }

    private String target(Section s, int r, Warnings warnings) {
        String value = text(s, Role.TARGET, r);
        Cell op = first(s, Role.OP, r);
        if (op.blank()) {
            return value;
        }
        Optional<String> comparator = words.comparator(op.text());
        if (comparator.isEmpty()) {
            warnings.add(op.address(), "指标性质「" + op.text().strip() + "」不是比较符，已忽略");
            return value;
        }
        if (value == null) {
            warnings.add(op.address(), "有比较符「" + op.text().strip() + "」但没有指标值");
            return null;
        }
        return words.comparator(value.substring(0, 1)).isPresent() ? value : comparator.get() + value;
    }

    private boolean skipped(Cell cell) {
        return words.startsWithAny("skipRows", cell.text());
    }

    /** The row's first cell with text, in any column: where a pasted 合计 or 总分 stands. */
    private static Cell firstText(Section s, int r) {
        for (int c = 0; c < s.grid().width(); c++) {
            if (!s.grid().text(r, c).isBlank()) {
                return s.grid().cell(r, c);
            }
        }
        return new Cell("", s.grid().address(r, 0), false);
    }

    /** Whether any indicator column of the row has text of its own. */
    private static boolean hasOwnText(Section s, int r) {
        for (Role role : Role.values()) {
            if (role == Role.IGNORED) {
                continue;
            }
            for (int c : s.columns(role)) {
                if (s.grid().own(r, c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first cell with text among a role's columns (a merged header may give it several), else the first. */
    private static Cell first(Section s, Role role, int r) {
        List<Integer> cols = s.columns(role);
        for (int c : cols) {
            if (!s.grid().text(r, c).isBlank()) {
                return s.grid().cell(r, c);
            }
        }
        return cols.isEmpty() ? new Cell("", s.grid().address(r, 0), false) : s.grid().cell(r, cols.get(0));
    }

    private static String text(Section s, Role role, int r) {
        String t = first(s, role, r).text().strip();
        return t.isEmpty() ? null : t;
    }

    /** A name: line breaks and Word bookmarks out, spaces at the ends off. */
    private static String name(Cell cell) {
        String s = cell.text().replaceAll("\\[bookmark:[^\\[\\]]*+\\]", "").replace("\r", "").replace("\n", "").strip();
        return s.isEmpty() ? null : s;
    }

    private static BigDecimal number(Section s, Role role, int r, String what, Warnings warnings) {
        Cell cell = first(s, role, r);
        String t = FormWords.fold(cell.text()).replace(",", "");
        if (t.endsWith("分")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty() || t.equals("-") || t.equals("—") || t.equals("/")) {
            return null;
        }
        if (!Money.isNumber(t) || t.length() > 20) {
            warnings.add(cell.address(), what + "「" + cell.text().strip() + "」不是数字，已忽略");
            return null;
        }
        BigDecimal n = new BigDecimal(t);
        if (n.signum() < 0 || n.compareTo(HUNDRED) > 0) {
            warnings.add(cell.address(), what + " " + t + " 不在 0–100 之间，已忽略");
            return null;
        }
        return n;
    }
}
