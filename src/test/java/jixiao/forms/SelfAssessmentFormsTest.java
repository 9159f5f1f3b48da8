package jixiao.forms;

import static jixiao.forms.SeedFormsTest.byName;
import static jixiao.forms.SeedFormsTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Inputs;
import jixiao.scoring.Period;
import org.junit.jupiter.api.Test;

class SelfAssessmentFormsTest {
    @Test
    void ministryLayoutGivesTheAssessmentWithActualsClaimsAndReasons() {
        ImportedForm form = Forms.only("property-management-self-assessment.docx");
        assertEquals(FormKind.SELF_ASSESSMENT, form.kind());
        Inputs.Declaration d = form.declaration();
        assertEquals(List.of("PROJECT", "物业管理费", "株洲市渌口区机关事务服务中心", "560", "万元"),
                List.of(d.subjectType(), d.name(), d.unit(), d.budget(), d.budgetUnit()));
        assertEquals(2026, d.year()); // （2026年度）, the title's second line
        assertEquals(12, d.indicators().size()); // the blank row and the 总分 row are no indicators
        assertEquals(new BigDecimal("10"), d.indicators().get(0).points());
        Inputs.Assessment a = form.assessment();
        assertEquals(List.of("560", "545"), List.of(a.budgetAdjusted(), a.budgetExecuted()));
        assertEquals(Period.FULL_YEAR, a.period());
        assertEquals(10, a.actuals().size()); // the two rows without target or actual report nothing
        Inputs.ReportedActual sampled = a.actuals().get(1);
        assertEquals(List.of("r2", "随机抽查公共区域"), List.of(sampled.id(), sampled.level3()));
        assertEquals(text("4个点位/日"), sampled.actual());
        assertEquals(new BigDecimal("8"), sampled.claimedScore());
        assertEquals("夏季持续高温，部分苗木枯死；\n已于9月补种", a.actuals().get(7).reason());
        assertEquals(List.of(), form.warnings());
    }

    @Test
    void aPercentageFormattedActualReadsAsExcelShowsIt() {
        ImportedForm form = Forms.only("property-management-self-assessment.xlsx");
        assertEquals(text("99.7%"), form.assessment().actuals().get(2).actual()); // 0.997 formatted 0.0%
    }

    @Test
    void comparatorValueAndUnitInColumnsOfTheirOwnMakeOneTarget() {
        ImportedForm form = Forms.only("split-columns-self-assessment.xls");
        Inputs.Declaration d = form.declaration();
        Inputs.DeclaredIndicator served = byName(d, "服务出车人次");
        assertEquals(text("≥735"), served.target()); // ≧ | 735 | 人
        assertEquals("人", served.unit());
        assertEquals(text("=100"), byName(d, "违规使用举报线索处置率").target()); // a full-width ＝
        assertEquals(text("保证机关单位公车定位系统正常使用"), byName(d, "保障机关单位正常运转").target());
        assertNull(byName(d, "保障机关单位正常运转").unit());
        assertEquals(8, d.indicators().size()); // not the 合计 row
        assertEquals(List.of("400000", "元"), List.of(d.budget(), d.budgetUnit())); // 项目资金（元）
        Inputs.Assessment a = form.assessment();
        assertEquals("320000", a.budgetExecuted());
        assertEquals("车辆定位系统升级改造延至次年实施", a.spendingReason());
        assertEquals(text("92"), a.actuals().get(3).actual()); // a number cell: the indicator's % applies
        assertEquals(new BigDecimal("8"), a.actuals().get(3).claimedScore());
    }

    @Test
    void aPastedCopyScoresAsTheWorkbookDoes() {
        for (String name : List.of("property-management-self-assessment", "split-columns-self-assessment")) {
            ImportedForm xlsx = Forms.only(name + ".xlsx");
            ImportedForm pasted = Forms.only(name + ".tsv");
            EvaluationResult a = Forms.Scoring.EVALUATOR.evaluate(xlsx.withScoringTable("mof-project").declaration(), xlsx.assessment());
            EvaluationResult b = Forms.Scoring.EVALUATOR.evaluate(pasted.withScoringTable("mof-project").declaration(), pasted.assessment());
            assertEquals(a, b, name);
        }
    }
}
