package jixiao.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Inputs;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The indicator table of the exported 自评表: a header row of forms.yml's first words, one row per declared
 * indicator in order with its actual, reason and claimed score from the assessment (matched by id, else by
 * 三级指标) and its score, status, rule and explanation from the result; 一级 and 二级 merged down where they
 * repeat; then the 总分 row with the total and the grade. Columns a declaration does not use (半年指标值,
 * 全年完成可能性) are left out.
 */
final class ExportIndicators {
    private final FormWords words;
    private final ExportStyles styles;
    private final Inputs.Declaration declaration;
    private final EvaluationResult result;
    private final List<ExportColumn> columns = new ArrayList<>();
    private final Map<String, Inputs.ReportedActual> actuals = new HashMap<>();
    private final Map<String, EvaluationResult.Indicator> scored = new HashMap<>();
    private int headerRow;

    ExportIndicators(FormWords words, ExportStyles styles, Inputs.Declaration declaration,
                     Inputs.Assessment assessment, EvaluationResult result) {
        this.words = words;
        this.styles = styles;
        this.declaration = declaration;
        this.result = result;
        List<Inputs.DeclaredIndicator> indicators = declaration.indicators() == null ? List.of() : declaration.indicators();
        boolean half = indicators.stream().anyMatch(i -> i.halfYearTarget() != null);
        boolean likelihood = assessment != null && assessment.actuals() != null
                && assessment.actuals().stream().anyMatch(a -> a.completionLikelihood() != null);
        for (ExportColumn c : ExportColumn.values()) {
            if ((c != ExportColumn.HALF_YEAR_TARGET || half) && (c != ExportColumn.LIKELIHOOD || likelihood)) {
                columns.add(c);
            }
        }
        if (assessment != null && assessment.actuals() != null) {
            match(indicators, assessment.actuals());
        }
        if (result != null && result.indicators() != null) {
            result.indicators().forEach(i -> scored.put(i.id(), i));
        }
    }

    /** Each actual to its indicator: by id, else by a 三级指标 no other indicator has. */
    private void match(List<Inputs.DeclaredIndicator> indicators, List<Inputs.ReportedActual> reported) {
        for (Inputs.ReportedActual a : reported) {
            if (a.id() != null && indicators.stream().anyMatch(i -> a.id().equals(i.id()))) {
                actuals.putIfAbsent(a.id(), a);
                continue;
            }
            List<Inputs.DeclaredIndicator> byName = indicators.stream()
                    .filter(i -> i.level3() != null && i.level3().equals(a.level3())).toList();
            if (byName.size() == 1) {
                actuals.putIfAbsent(byName.get(0).id(), a);
            }
        }
    }

    List<ExportColumn> columns() {
        return columns;
    }

    int lastColumn() {
        return columns.size() - 1;
    }

    int headerRow() {
        return headerRow;
    }

    /** Writes the table from row {@code top}; returns its last row. */
    int write(Sheet sheet, int top) {
        headerRow = top;
        Row head = ExportStyles.row(sheet, top);
        for (ExportColumn c : columns) {
            styles.header(head, col(c), header(c));
        }
        List<Inputs.DeclaredIndicator> indicators = declaration.indicators() == null ? List.of() : declaration.indicators();
        int r = top + 1;
        for (Inputs.DeclaredIndicator ind : indicators) {
            row(ExportStyles.row(sheet, r++), ind);
        }
        mergeRepeats(sheet, indicators, top + 1);
        if (r - 1 > top) {
            sheet.addMergedRegion(new CellRangeAddress(top, r - 1, 0, 0));
        }
        total(sheet, r);
        return r;
    }

    private void row(Row row, Inputs.DeclaredIndicator ind) {
        Inputs.ReportedActual a = actuals.get(ind.id());
        EvaluationResult.Indicator s = scored.get(ind.id());
        styles.text(row, col(ExportColumn.LABEL), null);
        styles.text(row, col(ExportColumn.LEVEL1), ind.level1());
        styles.text(row, col(ExportColumn.LEVEL2), ind.level2());
        styles.text(row, col(ExportColumn.LEVEL3), ind.level3());
        styles.text(row, col(ExportColumn.TARGET), ExportText.value(ind.target()));
        styles.text(row, col(ExportColumn.UNIT), ind.unit());
        if (columns.contains(ExportColumn.HALF_YEAR_TARGET)) {
            styles.text(row, col(ExportColumn.HALF_YEAR_TARGET), ExportText.value(ind.halfYearTarget()));
        }
        styles.text(row, col(ExportColumn.ACTUAL), a == null ? null : ExportText.value(a.actual()));
        styles.number(row, col(ExportColumn.POINTS), ind.points());
        styles.number(row, col(ExportColumn.CLAIMED), a == null ? null : a.claimedScore());
        styles.number(row, col(ExportColumn.SCORE), s == null ? null : SelfAssessmentExport.round2(s.score()));
        styles.text(row, col(ExportColumn.STATUS), s == null ? null : status(String.valueOf(s.status())));
        styles.text(row, col(ExportColumn.REASON), a == null ? null : a.reason());
        if (columns.contains(ExportColumn.LIKELIHOOD)) {
            styles.text(row, col(ExportColumn.LIKELIHOOD), a == null ? null : a.completionLikelihood());
        }
        styles.text(row, col(ExportColumn.RULE), s == null || s.rule() == null ? null
                : s.rule() + (s.ruleFile() == null ? "" : "（" + s.ruleFile() + "）"));
        styles.text(row, col(ExportColumn.EXPLANATION), s == null ? null : s.explanation());
        styles.text(row, col(ExportColumn.ID), ind.id());
    }

    /** 一级 cells merged over the rows that repeat them, 二级 likewise within one 一级. */
    private static void mergeRepeats(Sheet sheet, List<Inputs.DeclaredIndicator> indicators, int first) {
        int start1 = 0;
        int start2 = 0;
        for (int i = 1; i <= indicators.size(); i++) {
            boolean same1 = i < indicators.size() && equal(indicators.get(i).level1(), indicators.get(start1).level1());
            boolean same2 = same1 && equal(indicators.get(i).level2(), indicators.get(start2).level2());
            if (!same2) {
                merge(sheet, first + start2, first + i - 1, 2, indicators.get(start2).level2());
                start2 = i;
            }
            if (!same1) {
                merge(sheet, first + start1, first + i - 1, 1, indicators.get(start1).level1());
                start1 = i;
            }
        }
    }

    private static void merge(Sheet sheet, int from, int to, int col, String text) {
        if (to > from && text != null) {
            sheet.addMergedRegion(new CellRangeAddress(from, to, col, col));
        }
    }

    private static boolean equal(String a, String b) {
        return a != null && a.equals(b);
    }

    /** 总分 over the name columns, the total under 评定得分, the grade beside it. */
    private void total(Sheet sheet, int r) {
        Row row = ExportStyles.row(sheet, r);
        ExportWords w = words.export();
        styles.header(row, 0, w.total());
        styles.fill(row, 1, lastColumn());
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, col(ExportColumn.LEVEL3)));
        BigDecimal total = result == null ? null : result.totalScore();
        styles.number(row, col(ExportColumn.SCORE), SelfAssessmentExport.round2(total));
        String grade = result == null || result.grade() == null ? "" : result.grade();
        styles.text(row, col(ExportColumn.STATUS), w.grade() + "：" + grade);
    }

    private String status(String status) {
        return words.export().statuses().getOrDefault(status, status);
    }

    private String header(ExportColumn c) {
        ExportWords w = words.export();
        return switch (c) {
            case LABEL -> "绩效指标";
            case LEVEL1 -> words.header(Role.LEVEL1);
            case LEVEL2 -> words.header(Role.LEVEL2);
            case LEVEL3 -> words.header(Role.LEVEL3);
            case TARGET -> words.header(Role.TARGET);
            case UNIT -> words.header(Role.VALUE_UNIT);
            case HALF_YEAR_TARGET -> words.header(Role.HALF_YEAR_TARGET);
            case ACTUAL -> words.header(Role.ACTUAL);
            case POINTS -> words.header(Role.POINTS);
            case CLAIMED -> words.header(Role.SCORE);
            case SCORE -> w.score();
            case STATUS -> w.status();
            case REASON -> words.header(Role.REASON);
            case LIKELIHOOD -> words.header(Role.COMPLETION_LIKELIHOOD);
            case RULE -> w.rule();
            case EXPLANATION -> w.explanation();
            case ID -> words.header(Role.ID);
        };
    }

    private int col(ExportColumn c) {
        return columns.indexOf(c);
    }
}
