package jixiao.forms;

import java.util.List;
import jixiao.scoring.EvaluationResult;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The exported workbook's second and third sheets: the score by group with the total, and the deviations. */
final class ExportSummary {
    private final FormWords words;
    private final ExportStyles styles;

    ExportSummary(FormWords words, ExportStyles styles) {
        this.words = words;
        this.styles = styles;
    }

    void write(Workbook wb, EvaluationResult result) {
        if (result == null) {
            return;
        }
        groups(wb.createSheet("得分汇总"), result);
        deviations(wb.createSheet(words.export().deviations()), result.deviations() == null ? List.of() : result.deviations());
    }

    private void groups(Sheet sheet, EvaluationResult result) {
        Row head = sheet.createRow(0);
        styles.header(head, 0, "分组");
        styles.header(head, 1, "权重");
        styles.header(head, 2, "得分");
        int r = 1;
        for (EvaluationResult.Group g : result.groups() == null ? List.<EvaluationResult.Group>of() : result.groups()) {
            Row row = sheet.createRow(r++);
            styles.text(row, 0, g.name());
            styles.number(row, 1, g.weight());
            styles.number(row, 2, SelfAssessmentExport.round2(g.score()));
        }
        ExportWords w = words.export();
        Row total = sheet.createRow(r++);
        styles.header(total, 0, w.total());
        styles.text(total, 1, null);
        styles.number(total, 2, SelfAssessmentExport.round2(result.totalScore()));
        Row grade = sheet.createRow(r++);
        styles.header(grade, 0, w.grade());
        styles.text(grade, 1, null);
        styles.text(grade, 2, result.grade());
        note(sheet, r++, "评分表", result.scoringTable());
        note(sheet, r++, "规则版本", result.ruleset() == null ? null : result.ruleset().version());
        note(sheet, r, "说明", result.explanation());
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 60 * 256);
    }

    private void note(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        styles.header(row, 0, label);
        styles.text(row, 1, null);
        styles.text(row, 2, value);
    }

    private void deviations(Sheet sheet, List<EvaluationResult.Deviation> deviations) {
        String[] heads = {"类型", "严重程度", "指标", "名称", "差距", "相对差距", "说明", "规则"};
        Row head = sheet.createRow(0);
        for (int i = 0; i < heads.length; i++) {
            styles.header(head, i, heads[i]);
        }
        int r = 1;
        for (EvaluationResult.Deviation d : deviations) {
            Row row = sheet.createRow(r++);
            styles.text(row, 0, String.valueOf(d.type()));
            styles.text(row, 1, words.export().severities().getOrDefault(String.valueOf(d.severity()), String.valueOf(d.severity())));
            styles.text(row, 2, d.indicatorId());
            styles.text(row, 3, d.level3());
            styles.number(row, 4, SelfAssessmentExport.round2(d.gap()));
            styles.number(row, 5, SelfAssessmentExport.round2(d.relativeGap()));
            styles.text(row, 6, d.message());
            styles.text(row, 7, d.rule());
        }
        int[] widths = {22, 9, 8, 24, 10, 10, 50, 30};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }
}
