package jixiao.forms;

import static jixiao.forms.SeedFormsTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import jixiao.scoring.Period;
import org.junit.jupiter.api.Test;

/** Small forms written in the tests: what is guessed, what is skipped, and the warnings naming the cells. */
class FormLayoutsTest {
    private static final String HEADER = """
            @sheet 表
            @title 2026年项目支出绩效自评表
            项目名称 | 测试项目 | < | < | <
            单位名称 | 测试单位 | < | < | <
            """;

    @Test
    void anIdColumnWithARepeatedIdFallsBackToRowOrder() throws Exception {
        ImportedForm form = xlsx(HEADER + """
                一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 指标编号
                产出指标 | 甲 | ≥1 | 1 | a1
                ^ | 乙 | ≥2 | 2 | a1
                """);
        assertEquals(List.of("r1", "r2"), form.declaration().indicators().stream().map(i -> i.id()).toList());
        assertTrue(form.warnings().stream().anyMatch(w -> w.message().contains("指标编号列")), form.warnings().toString());
    }

    @Test
    void ownIdsAreKeptWhenEveryRowHasOne() throws Exception {
        ImportedForm form = xlsx(HEADER + """
                一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 指标编号
                产出指标 | 甲 | ≥1 | 1 | q1
                ^ | 乙 | ≥2 | 2 | c7
                """);
        assertEquals(List.of("q1", "c7"), form.declaration().indicators().stream().map(i -> i.id()).toList());
        assertEquals(List.of("q1", "c7"), form.assessment().actuals().stream().map(a -> a.id()).toList());
    }

    @Test
    void aTitleWithoutSelfAssessmentButActualsIsReadAsOneWithAWarningAtTheTitle() throws Exception {
        ImportedForm form = xlsx("""
                @sheet 表
                @title 2026年项目支出绩效目标表
                项目名称 | 测试项目 | < | <
                一级指标 | 三级指标 | 指标值 | 实际值
                产出指标 | 甲 | ≥1 | 1
                """);
        assertEquals(FormKind.SELF_ASSESSMENT, form.kind());
        assertTrue(form.warnings().contains(new FormWarning("表!A1", "标题不是自评表，但表中有实际完成值或得分列，已按自评表读取")),
                form.warnings().toString());
    }

    @Test
    void valuesThatAreNoNumbersOrComparatorsAreLeftOutWithTheirCellsNamed() throws Exception {
        ImportedForm form = xlsx(HEADER + """
                一级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 自评得分
                产出指标 | 甲 | 定性 | 健全 |  | 健全 | 十分 | 150
                """);
        assertEquals(text("健全"), form.declaration().indicators().get(0).target());
        assertNull(form.declaration().indicators().get(0).points());
        assertNull(form.assessment().actuals().get(0).claimedScore());
        assertTrue(form.warnings().containsAll(List.of(
                new FormWarning("表!C5", "指标性质「定性」不是比较符，已忽略"),
                new FormWarning("表!G5", "分值「十分」不是数字，已忽略"),
                new FormWarning("表!H5", "得分 150 不在 0–100 之间，已忽略"))), form.warnings().toString());
    }

    @Test
    void whatAFormDoesNotStateIsWarnedAboutAtItsTable() throws Exception {
        ImportedForm form = xlsx("""
                @sheet 指标
                一级指标 | 二级指标 | 三级指标 | 指标值
                产出指标 | 数量指标 | 甲 | ≥1
                """);
        assertEquals(FormKind.DECLARATION, form.kind());
        assertEquals("PROJECT", form.declaration().subjectType());
        assertNull(form.declaration().unit());
        assertNull(form.declaration().year());
        assertTrue(form.warnings().containsAll(List.of(new FormWarning("指标!C1", "未找到单位名称"),
                new FormWarning("指标!C1", "未找到年度"), new FormWarning("指标!C1", "未找到项目名称"),
                new FormWarning("指标!C1", "标题未说明是项目支出还是部门整体，已按项目支出读取"))), form.warnings().toString());
    }

    @Test
    void aHalfYearTitleAndAMonthMakeAHalfYearAssessment() throws Exception {
        ImportedForm form = xlsx("""
                @sheet 表
                @title 2026年上半年项目支出绩效自评表
                项目名称 | 测试项目 | < | <
                截至月份 | 6月 | < | <
                项目资金（万元） | 年初预算数 | 全年执行数 | <
                ^ | {n}100 | {n}45.5 | <
                一级指标 | 三级指标 | 年度指标值 | 实际完成值
                产出指标 | 甲 | ≥10 | 4
                """);
        assertEquals(Period.HALF_YEAR, form.assessment().period());
        assertEquals(6, form.assessment().month());
        assertEquals("100", form.declaration().budget());
        assertEquals("45.5", form.assessment().budgetExecuted());
    }

    @Test
    void aDocumentWhoseOnlyTableIsLongTermHasNoForm() {
        FormProblem p = assertThrows(FormProblem.class, () -> xlsx("""
                @sheet 表
                @title 2026年部门整体绩效目标申报表
                长期绩效指标 | 一级指标 | 三级指标 | 指标值
                ^ | 运行成本 | 甲 | 100%
                """));
        assertEquals(FormProblem.Code.NO_FORM_FOUND, p.code());
    }

    @Test
    void subtotalsAndBlankRowsAreNoIndicatorsAndPointsMayCarryTheirUnit() throws Exception {
        ImportedForm form = xlsx(HEADER + """
                一级指标 | 三级指标 | 年度指标值 | 分值
                产出指标 | 甲 | ≥1 | 10分
                ^\t\t\t
                小计 | < |  | {n}10
                效益指标 | 乙 | 提升 | {n}20
                """);
        assertEquals(List.of("甲", "乙"), form.declaration().indicators().stream().map(i -> i.level3()).toList());
        assertEquals(new BigDecimal("10"), form.declaration().indicators().get(0).points());
    }

    private static ImportedForm xlsx(String spec) throws Exception {
        ImportResult r = Forms.IMPORTER.read(SpecWorkbook.xlsx(FormSpec.parse("test", spec)), "test.xlsx", null);
        assertEquals(1, r.forms().size());
        return r.forms().get(0);
    }
}
