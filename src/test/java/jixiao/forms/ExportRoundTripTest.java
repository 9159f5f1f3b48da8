package jixiao.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import jixiao.indicator.Op;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Inputs;
import jixiao.scoring.Period;
import org.junit.jupiter.api.Test;

/** Exporting a scored self-assessment and importing the workbook gives back the same declaration and assessment. */
class ExportRoundTripTest {
    @Test
    void anImportedSelfAssessmentComesBackAsItWas() {
        for (String file : List.of("property-management-self-assessment.xlsx", "split-columns-self-assessment.doc")) {
            ImportedForm form = Forms.only(file).withScoringTable("mof-project");
            ImportedForm back = roundTrip(form.declaration(), form.assessment());
            assertEquals(form.declaration(), back.declaration(), file);
            assertEquals(form.assessment(), back.assessment(), file);
            assertTrue(back.warnings().isEmpty(), back.warnings().toString());
        }
    }

    @Test
    void ownIdsHalfYearTargetsPlanPeriodAndLikelihoodSurvive() {
        Inputs.Declaration d = new Inputs.Declaration("PROJECT", "株洲市渌口区机关事务服务中心", "物业管理费", 2026,
                "mof-project", "560.50", "万元",
                List.of(new Inputs.Checkpoint(3, new BigDecimal("25")), new Inputs.Checkpoint(6, new BigDecimal("50"))),
                List.of(declared("q1", "产出指标", "数量指标", "设施设备定期巡检", "≥12次", "≥6次", "20", null),
                        declared("q2", "产出指标", "数量指标", "随机抽查公共区域", "≥5", null, "20.5", "个点位/日"),
                        declared("s1", "满意度指标", "服务对象满意度", "服务单位满意率", "≥98%", null, null, null),
                        declared("c2", "成本指标", "社会成本指标", null, null, null, null, null)));
        Inputs.Assessment a = new Inputs.Assessment(Period.HALF_YEAR, 6, "600", "300", "物业合同按季度结算",
                List.of(actual("q1", d, "7次", null, "18", "能完成"),
                        actual("q2", d, "4", "两处点位改造中，\n8月恢复", null, "可能无法完成"),
                        actual("s1", d, null, "满意度调查安排在第四季度", null, null)));
        ImportedForm back = roundTrip(d, a);
        assertEquals(d, back.declaration());
        assertEquals(a, back.assessment());
    }

    @Test
    void aStructuredTargetComesBackAsItsText() {
        Inputs.ValueSpec structured = new Inputs.ValueSpec.Structured(Op.GE, new BigDecimal("99.5"), null, null, "%", null);
        Inputs.Declaration d = new Inputs.Declaration("PROJECT", "单位", "项目", 2026, null, "10", "万元", List.of(),
                List.of(new Inputs.DeclaredIndicator("c1", "产出指标", null, "清洁达标率", structured, null, null, null, null)));
        Inputs.Assessment a = new Inputs.Assessment(Period.FULL_YEAR, null, null, "9", null, List.of());
        ImportedForm back = roundTrip(d, a);
        assertEquals(new Inputs.ValueSpec.Text("≥99.5%"), back.declaration().indicators().get(0).target());
        assertEquals(List.of(), back.assessment().actuals());
    }

    @Test
    void aDepartmentExportsAsADepartmentSelfAssessment() {
        ImportedForm form = Forms.only("ezhou-government-services-targets.xlsx");
        Inputs.Assessment none = new Inputs.Assessment(Period.FULL_YEAR, null, null, "13865.4", null, List.of());
        ImportedForm back = roundTrip(form.declaration(), none);
        assertEquals(FormKind.SELF_ASSESSMENT, back.kind());
        assertEquals(form.declaration(), back.declaration());
        assertEquals(none, back.assessment());
    }

    static ImportedForm roundTrip(Inputs.Declaration d, Inputs.Assessment a) {
        EvaluationResult result = Forms.Scoring.EVALUATOR.evaluate(d, a);
        byte[] xlsx = new SelfAssessmentExport(Forms.WORDS).write(d, a, result);
        ImportResult r = Forms.IMPORTER.read(xlsx, "导出.xlsx", null);
        assertEquals(1, r.forms().size());
        return r.forms().get(0);
    }

    private static Inputs.DeclaredIndicator declared(String id, String l1, String l2, String l3, String target,
                                                     String half, String points, String unit) {
        return new Inputs.DeclaredIndicator(id, l1, l2, l3, target == null ? null : new Inputs.ValueSpec.Text(target),
                half == null ? null : new Inputs.ValueSpec.Text(half), points == null ? null : new BigDecimal(points), unit, null);
    }

    private static Inputs.ReportedActual actual(String id, Inputs.Declaration d, String value, String reason,
                                                String claimed, String likelihood) {
        Inputs.DeclaredIndicator i = d.indicators().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return new Inputs.ReportedActual(id, i.level1(), i.level2(), i.level3(),
                value == null ? null : new Inputs.ValueSpec.Text(value), reason,
                claimed == null ? null : new BigDecimal(claimed), likelihood);
    }
}
