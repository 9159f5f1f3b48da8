package jixiao.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jixiao.scoring.Inputs;
import org.junit.jupiter.api.Test;

/**
 * The five seed forms (../shared/seeds) as imported, against the declarations written by hand from the same
 * seeds in examples/*.json: every indicator's levels and target (its unit appended) agree, but for the
 * places listed where the form's own text is not what the hand-made example chose; and spot checks of the
 * messy cells.
 */
class SeedFormsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void ezhouGovernmentServicesReadsItsAnnualIndicatorsAndSkipsTheLongTermOnes() throws Exception {
        ImportedForm form = Forms.only("ezhou-government-services-targets.docx");
        // the hand-made example moved 联系部门满意度 under 服务对象满意度; the form has it as its own 二级指标
        assertAgrees(form, "hubei-ezhou-government-services", Set.of("s2.level2"));
        Inputs.Declaration d = form.declaration();
        assertEquals("DEPARTMENT", d.subjectType());
        assertEquals("鄂州市机关事务服务中心2026年部门整体", d.name());
        assertEquals("14220.89", d.budget());
        assertEquals("万元", d.budgetUnit());
        assertTrue(form.warnings().contains(new FormWarning("表1 第15行第4列", "跳过「长期绩效指标」：不是本年度的绩效指标")),
                form.warnings().toString());
        assertTrue(form.warnings().contains(new FormWarning("表1 第2行第4列", "未写金额单位，按万元读取")), form.warnings().toString());
        Inputs.DeclaredIndicator first = d.indicators().get(0);
        assertEquals("运行成本", first.level1()); // 运行\n成本 in a narrow merged cell
        assertEquals(text("100%"), first.target());
        assertEquals(text("基本相符"), byName(d, "中长期规划相符性").target()); // 预期当年实现值, not 近两年's 基本\n相符
        assertEquals(text("效果\n明显"), byName(d, "提高资产使用效益，实现资源优化节约").target()); // breaks kept in values
        assertEquals(text("-0.33%"), byName(d, "“三公”经费变动率").target()); // a cell behind Word's _GoBack bookmark
    }

    @Test
    void ezhouPartyCommitteeReadsBlankLevelCellsAsTheOneAboveAndItsShiftedRowsAsWritten() throws Exception {
        ImportedForm form = Forms.only("ezhou-party-committee-targets.doc");
        // three 人才支撑 rows of the form have their annual values shifted by two columns; read as they stand
        assertAgrees(form, "hubei-ezhou-party-committee-office", Set.of("k3.target", "k4.target", "k5.target"));
        Inputs.Declaration d = form.declaration();
        assertEquals("中共鄂州市委办公室", d.unit()); // ideographic spaces around it in the cell
        assertEquals("2375.98", d.budget());
        assertEquals(2024, d.year()); // 填报日期：2024 年 01 月 26 日, above the table
        assertEquals(text("绩效基本型"), byName(d, "业务学习与培训完成率").target());
        assertEquals("运行成本", byName(d, "在职人员控制率").level1()); // a blank 一级 cell under 运行成本
        assertEquals("受助困难群众满意度", d.indicators().get(48).level3());
    }

    @Test
    void jurongReadsThreeTablesWithHalfYearTargetsAndEmptyRows() throws Exception {
        ImportedForm form = Forms.only("jurong-department-targets.xls");
        // the example names the 履职 rows' 二级 by the 重点工作 column; the form's 二级指标 column says 年度重点工作N
        Set<String> renamed = new java.util.HashSet<>();
        for (int i = 1; i <= 20; i++) {
            renamed.add("r" + i + ".level2");
        }
        assertAgrees(form, "jiangsu-jurong-service-centre", renamed);
        Inputs.Declaration d = form.declaration();
        Inputs.DeclaredIndicator rate = byName(d, "预算执行率");
        assertEquals(text("=100%"), rate.target());
        assertEquals(text("=55%"), rate.halfYearTarget());
        assertEquals("年度重点工作1", byName(d, "意识形态阵地管理常态化").level2());
        Inputs.DeclaredIndicator ecology = d.indicators().get(55);
        assertEquals("生态效益", ecology.level2()); // a 二级 with no 三级 under it
        assertNull(ecology.level3());
        assertNull(ecology.target());
        assertEquals("可持续发展", d.indicators().get(56).level1()); // a 一级 with nothing under it
        assertNull(d.indicators().get(56).level2());
        assertEquals("4563.35", d.budget());
        assertEquals("万元", d.budgetUnit()); // 部门整体资金（万元）
        assertEquals(2022, d.year());
    }

    @Test
    void zhuzhouWorkbookHoldsTheDepartmentAndFiveProjects() throws Exception {
        ImportResult r = Forms.read("zhuzhou-department-and-projects.xlsx");
        assertEquals(6, r.forms().size());
        assertEquals(List.of("DEPARTMENT", "PROJECT", "PROJECT", "PROJECT", "PROJECT", "PROJECT"),
                r.forms().stream().map(f -> f.declaration().subjectType()).toList());
        ImportedForm property = r.forms().get(5);
        // the example leaves one comparator out to test inference, and names its 一级 满意度指标
        assertAgrees(property, "hunan-property-management", Set.of("q4.target", "s1.level1"));
        Inputs.Declaration dept = r.forms().get(0).declaration();
        Inputs.DeclaredIndicator cost = dept.indicators().get(0);
        assertEquals(text("≤2002.31"), cost.target()); // ≤ | 2002.31 | 万元 in columns of their own
        assertEquals("万元", cost.unit());
        assertEquals("2002.31", dept.budget());
        Inputs.Declaration cars = r.forms().get(2).declaration();
        assertEquals(text("≥1"), cars.indicators().get(0).target()); // ≧ in the form
        assertEquals("次/季度", cars.indicators().get(0).unit());
        assertEquals(text("≤1"), byName(cars, "故障响应时间").target()); // ≦
        assertEquals("230", cars.budget()); // 230万元 in 年度本级预算金额
        assertEquals("万元", cars.budgetUnit());
    }

    @Test
    void yutianDocumentHoldsThreeProjectsWithSpendingPlansInYuan() throws Exception {
        ImportResult r = Forms.read("yutian-project-targets.docx");
        assertEquals(List.of("残疾人保障金", "公务用车平台办公室经费", "行政中心电梯大修保养"),
                r.forms().stream().map(f -> f.declaration().name()).toList());
        ImportedForm car = r.forms().get(1);
        assertAgrees(car, "hebei-official-car-platform", Set.of("budget")); // 400000.00 as written
        Inputs.Declaration d = car.declaration();
        assertEquals("400000.00", d.budget());
        assertEquals("元", d.budgetUnit()); // 单位：元
        assertEquals("玉田县机关事务中心", d.unit()); // 445001玉田县机关事务中心本级
        assertEquals(List.of(new Inputs.Checkpoint(3, new java.math.BigDecimal("25")),
                new Inputs.Checkpoint(6, new java.math.BigDecimal("50")), new Inputs.Checkpoint(10, new java.math.BigDecimal("75")),
                new Inputs.Checkpoint(12, new java.math.BigDecimal("100"))), d.spendingPlan());
        assertTrue(car.warnings().contains(new FormWarning("表3 第1行第1列", "单位名称取自带预算编码的单元格「445001玉田县机关事务中心本级」")),
                car.warnings().toString());
        assertTrue(car.warnings().stream().anyMatch(w -> w.message().contains("沿用本文件前一张表的 2025 年")), car.warnings().toString());
        assertEquals(List.of(new Inputs.Checkpoint(3, new java.math.BigDecimal("100"))), r.forms().get(2).declaration().spendingPlan());
    }

    /** The imported form against the hand-made example, indicator by indicator, but for the listed differences. */
    private static void assertAgrees(ImportedForm form, String example, Set<String> differences) throws Exception {
        JsonNode expected = JSON.readTree(Files.readString(Path.of("examples", example + ".json"))).get("declaration");
        Inputs.Declaration d = form.declaration();
        List<String> found = new ArrayList<>();
        compare(found, "subjectType", d.subjectType(), expected.path("subjectType"));
        compare(found, "unit", d.unit(), expected.path("unit"));
        compare(found, "name", d.name(), expected.path("name"));
        compare(found, "year", d.year() == null ? null : d.year().toString(), expected.path("year"));
        compare(found, "budget", d.budget(), expected.path("budget"));
        compare(found, "budgetUnit", d.budgetUnit(), expected.path("budgetUnit"));
        JsonNode rows = expected.get("indicators");
        assertEquals(rows.size(), d.indicators().size(), "indicators");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode e = rows.get(i);
            Inputs.DeclaredIndicator g = d.indicators().get(i);
            String id = e.get("id").asText();
            compare(found, id + ".level1", g.level1(), e.path("level1"));
            compare(found, id + ".level2", g.level2(), e.path("level2"));
            compare(found, id + ".level3", g.level3(), e.path("level3"));
            String target = g.target() == null ? null : ((Inputs.ValueSpec.Text) g.target()).text() + (g.unit() == null ? "" : g.unit());
            if (!same(target, expectedTarget(e))) {
                found.add(id + ".target");
            }
        }
        assertEquals(new java.util.TreeSet<>(differences), new java.util.TreeSet<>(found));
    }

    private static String expectedTarget(JsonNode e) {
        JsonNode t = e.path("target");
        String unit = e.path("unit").isTextual() ? e.get("unit").asText() : "";
        if (t.isObject()) {
            return t.path("op").asText() + t.path("value").asText() + t.path("unit").asText();
        }
        return t.isNull() || t.isMissingNode() ? null : t.asText() + unit;
    }

    private static void compare(List<String> found, String what, String got, JsonNode expected) {
        String e = expected.isNull() || expected.isMissingNode() ? null : expected.asText();
        if (!same(got, e)) {
            found.add(what);
        }
    }

    /** Equal but for whitespace (the examples join some of the form's line breaks). */
    private static boolean same(String a, String b) {
        return a == null ? b == null : b != null && a.replaceAll("\\s", "").equals(b.replaceAll("\\s", ""));
    }

    static Inputs.DeclaredIndicator byName(Inputs.Declaration d, String level3) {
        return d.indicators().stream().filter(i -> level3.equals(i.level3())).findFirst().orElseThrow();
    }

    static Inputs.ValueSpec text(String s) {
        return new Inputs.ValueSpec.Text(s);
    }
}
