package jixiao.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Inputs;
import jixiao.scoring.Period;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a scored self-assessment as the 绩效自评表 people file: title and year, name, unit, scoring table and
 * period, the budget block (年初预算数, 全年预算数, 全年执行数, with 执行率 and its score), the indicator rows
 * (一级/二级 merged, target, actual, points, the department's score, the score given, the status in Chinese,
 * the reason, the rule and its explanation), the 总分 and 等级; then a sheet of group scores and one of
 * deviations. Every label is the first of its words in forms.yml and ids stay in a hidden 指标编号 column,
 * so the workbook imports back to the same declaration and assessment.
 */
public final class SelfAssessmentExport {
    private final FormWords words;

    public SelfAssessmentExport(FormWords words) {
        this.words = words;
    }

    public byte[] write(Inputs.Declaration declaration, Inputs.Assessment assessment, EvaluationResult result) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ExportStyles styles = new ExportStyles(wb);
            Sheet sheet = wb.createSheet("自评表");
            ExportIndicators table = new ExportIndicators(words, styles, declaration, assessment, result);
            int last = table.lastColumn();
            int r = header(sheet, styles, declaration, assessment, last);
            r = budget(sheet, styles, declaration, assessment, result, r, last);
            int end = table.write(sheet, r);
            page(wb, sheet, table, end);
            new ExportSummary(words, styles).write(wb, result);
            for (Sheet each : wb) {
                RowHeights.fit(each);
                RowHeights.page(each);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int header(Sheet sheet, ExportStyles styles, Inputs.Declaration d, Inputs.Assessment a, int last) {
        ExportWords w = words.export();
        banner(sheet, styles, 0, "DEPARTMENT".equals(d.subjectType()) ? w.departmentTitle() : w.title(), last);
        int r = 1;
        if (d.year() != null) {
            banner(sheet, styles, r++, "（" + d.year() + "年度）", last);
        }
        r = labelled(sheet, styles, r, last, List.of(label(Label.NAME), Objects.toString(d.name(), "")));
        r = labelled(sheet, styles, r, last, List.of(label(Label.UNIT), Objects.toString(d.unit(), "")));
        List<String> more = new java.util.ArrayList<>();
        if (d.scoringTable() != null) {
            more.addAll(List.of(label(Label.SCORING_TABLE), d.scoringTable()));
        }
        if (a != null) {
            more.addAll(List.of(label(Label.PERIOD), a.period() == Period.HALF_YEAR ? "半年" : "全年"));
            if (a.month() != null) {
                more.addAll(List.of(label(Label.MONTH), a.month() + "月"));
            }
        }
        return more.isEmpty() ? r : labelled(sheet, styles, r, last, more);
    }

    /** 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over the 年度资金总额 row, under 项目资金（万元）. */
    private int budget(Sheet sheet, ExportStyles styles, Inputs.Declaration d, Inputs.Assessment a,
                       EvaluationResult result, int r, int last) {
        String unit = d.budgetUnit() == null ? words.list("moneyUnits").get(0) : d.budgetUnit();
        Row head = ExportStyles.row(sheet, r);
        Row values = ExportStyles.row(sheet, r + 1);
        styles.header(head, 0, "项目资金（" + unit + "）");
        styles.text(values, 0, null);
        sheet.addMergedRegion(new CellRangeAddress(r, r + 1, 0, 0));
        styles.text(head, 1, null);
        styles.text(values, 1, "年度资金总额");
        String[] heads = {label(Label.BUDGET), label(Label.BUDGET_ADJUSTED), label(Label.BUDGET_EXECUTED), "分值", "执行率", "得分"};
        for (int i = 0; i < heads.length; i++) {
            styles.header(head, 2 + i, heads[i]);
        }
        styles.amount(values, 2, d.budget());
        styles.amount(values, 3, a == null ? null : a.budgetAdjusted());
        styles.amount(values, 4, a == null ? null : a.budgetExecuted());
        EvaluationResult.Budget b = result == null ? null : result.budgetExecution();
        styles.number(values, 5, b == null ? null : b.points());
        styles.text(values, 6, b == null || b.rate() == null ? null : ExportText.plain(b.rate()) + "%");
        styles.number(values, 7, b == null ? null : round2(b.score()));
        styles.fill(head, 8, last);
        styles.fill(values, 8, last);
        int next = r + 2;
        if (a != null && a.spendingReason() != null) {
            next = labelled(sheet, styles, next, last, List.of(label(Label.SPENDING_REASON), a.spendingReason()));
        }
        if (d.spendingPlan() != null && !d.spendingPlan().isEmpty()) {
            next = plan(sheet, styles, next, d.spendingPlan(), last);
        }
        return next;
    }

    private int plan(Sheet sheet, ExportStyles styles, int r, List<Inputs.Checkpoint> plan, int last) {
        Row months = ExportStyles.row(sheet, r);
        Row percents = ExportStyles.row(sheet, r + 1);
        styles.header(months, 0, label(Label.SPENDING_PLAN) + "（%）");
        styles.text(percents, 0, null);
        sheet.addMergedRegion(new CellRangeAddress(r, r + 1, 0, 0));
        for (int i = 0; i < plan.size() && i + 1 <= last; i++) {
            styles.header(months, i + 1, plan.get(i).month() + "月底");
            styles.text(percents, i + 1, ExportText.plain(plan.get(i).percent()) + "%");
        }
        styles.fill(months, plan.size() + 1, last);
        styles.fill(percents, plan.size() + 1, last);
        return r + 2;
    }

    /** A row of label | value pairs, the last value merged to the table's right edge. */
    private static int labelled(Sheet sheet, ExportStyles styles, int r, int last, List<String> pairs) {
        Row row = ExportStyles.row(sheet, r);
        int col = 0;
        for (int i = 0; i < pairs.size(); i += 2) {
            styles.header(row, col, pairs.get(i));
            boolean lastPair = i + 2 >= pairs.size();
            int to = lastPair ? last : col + 2;
            styles.text(row, col + 1, pairs.get(i + 1));
            styles.fill(row, col + 2, to);
            if (to > col + 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, col + 1, to));
            }
            col = to + 1;
        }
        return r + 1;
    }

    private static void banner(Sheet sheet, ExportStyles styles, int r, String text, int last) {
        styles.title(ExportStyles.row(sheet, r), 0, text);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
    }

    private String label(Label label) {
        return words.label(label).get(0);
    }

    /** The print area, the indicator header repeated on every page, widths that fit, ids hidden. */
    private static void page(XSSFWorkbook wb, Sheet sheet, ExportIndicators table, int lastRow) {
        wb.setPrintArea(0, 0, table.lastColumn(), 0, lastRow);
        sheet.setRepeatingRows(new CellRangeAddress(table.headerRow(), table.headerRow(), -1, -1));
        for (ExportColumn c : table.columns()) {
            sheet.setColumnWidth(table.columns().indexOf(c), c.width * 256 + 200);
        }
        sheet.setColumnHidden(table.columns().indexOf(ExportColumn.ID), true);
        sheet.createFreezePane(0, table.headerRow() + 1);
    }

    /** A computed score as shown: two decimals at most, no trailing zeros. */
    static BigDecimal round2(BigDecimal x) {
        return x == null ? null : jixiao.indicator.Decimals.round2(x).stripTrailingZeros();
    }
}
