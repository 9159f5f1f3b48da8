package jixiao.scoring;

import static jixiao.scoring.Fixtures.EVALUATOR;
import static jixiao.scoring.Fixtures.project;
import static jixiao.scoring.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jixiao.scoring.fact.LastYear;
import org.junit.jupiter.api.Test;

/** rules/05-review.drl */
class ReviewRulesTest {
    private static final Reviewer REVIEWER = new Reviewer(EVALUATOR);

    /** A declaration that fills every group mof-project requires, so that only the rows under test find anything. */
    private static List<Inputs.DeclaredIndicator> complete(Inputs.DeclaredIndicator... rows) {
        List<Inputs.DeclaredIndicator> all = new ArrayList<>(List.of(rows));
        all.add(row("x1", "产出指标", "质量指标", "验收合格率", "≥95%"));
        all.add(row("x2", "效益指标", "社会效益指标", "群众知晓率", "≥90%"));
        all.add(row("x3", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"));
        return all;
    }

    private static Inputs.DeclaredIndicator row(String id, String level1, String level2, String level3, String target) {
        return new Inputs.DeclaredIndicator(id, level1, level2, level3, text(target), null, null, null, null);
    }

    private static Inputs.DeclaredIndicator row(String id, String level1, String level3, String target, int points) {
        return new Inputs.DeclaredIndicator(id, level1, null, level3, text(target), null, new BigDecimal(points),
                null, null);
    }

    private static List<Reviewer.ReviewFinding> review(Inputs.DeclaredIndicator... rows) {
        return REVIEWER.review(project("mof-project", "100", complete(rows)), List.of());
    }

    private static List<String> codes(List<Reviewer.ReviewFinding> findings) {
        return findings.stream().map(f -> f.code() + (f.indicatorId() == null ? "" : ":" + f.indicatorId())).toList();
    }

    @Test
    void aCompleteDeclarationOfMeasurableTargetsFindsNothing() {
        assertEquals(List.of(), codes(review(row("a", "产出指标", "数量指标", "培训人次", "≥320人次"))));
    }

    @Test
    void aTargetRepeatingTheIndicatorsNameCannotBeMeasured() {
        List<Reviewer.ReviewFinding> found = review(
                row("a", "产出指标", "质量指标", "统筹海绵城市项目谋划", "统筹海绵城市\n项目谋划"));
        assertEquals(List.of("TARGET_NOT_MEASURABLE:a"), codes(found));
        Reviewer.ReviewFinding f = found.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("review: a target that repeats the indicator's name cannot be measured", f.rule());
        assertEquals("rules/05-review.drl", f.ruleFile());
        assertTrue(f.message().contains("只重复了指标名称"), f.message());
    }

    @Test
    void aTargetOfDirectionWordsOnlyCannotBeMeasured() {
        assertEquals(List.of("TARGET_NOT_MEASURABLE:a", "TARGET_NOT_MEASURABLE:b"), codes(review(
                row("a", "效益指标", "社会效益指标", "服务水平", "进一步加强"),
                row("b", "效益指标", "可持续影响指标", "长效机制", "不断完善，有所提高"),
                row("c", "效益指标", "社会效益指标", "制度建设", "进一步加强档案管理"))));
    }

    @Test
    void aNumberWithoutAUnitUnderAQuantityLevel2IsReported() {
        List<Reviewer.ReviewFinding> found = review(row("a", "产出指标", "数量指标", "新建公厕", "≥30"),
                row("b", "产出指标", "质量指标", "合格", "≥30"));
        assertEquals(List.of("TARGET_WITHOUT_UNIT:a"), codes(found));
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    @Test
    void aTimelinessTargetNeedsADateOrAPeriod() {
        assertEquals(List.of("DEADLINE_UNCLEAR:b"), codes(review(
                row("a", "产出指标", "时效指标", "完成时间", "9月前"),
                row("b", "产出指标", "时效指标", "资金拨付", "及时"),
                row("c", "产出指标", "时效指标", "办结时限", "≤30个工作日"),
                row("d", "产出指标", "时效指标", "验收", "年底前完成"))));
    }

    @Test
    void aTimelinessRateNeedsNoDate() {
        assertEquals(List.of(), codes(review(row("a", "产出指标", "时效指标", "项目完成及时率", "100"),
                row("b", "产出指标", "时效指标", "开工", "≥90%"))));
    }

    @Test
    void theSameShortNameUnderAnotherLevel2IsNoDuplicate() {
        assertEquals(List.of(), codes(review(row("a", "效益指标", "档案整理", "及时率", "100%"),
                row("b", "效益指标", "文件清理", "及时率", "100%"))));
    }

    @Test
    void aRequiredGroupMissingOrLeftBlankIsAnError() {
        List<Reviewer.ReviewFinding> found = REVIEWER.review(project("mof-project", "100", List.of(
                row("a", "产出指标", "数量指标", "培训人次", "≥320人次"),
                row("b", "满意度指标", "服务对象满意度指标", "群众满意度", "/"))), List.of());
        assertEquals(List.of("GROUP_MISSING", "GROUP_MISSING"), codes(found));
        assertEquals(List.of("效益", "满意度"), found.stream().map(Reviewer.ReviewFinding::level3).sorted().toList());
        assertEquals(Severity.ERROR, found.get(0).severity());
    }

    @Test
    void explicitPointsThatDoNotAddUpToTheWeightAreReported() {
        List<Reviewer.ReviewFinding> found = REVIEWER.review(project("mof-project", "100", List.of(
                row("a", "产出指标", "甲", "≥1次", 30), row("b", "产出指标", "乙", "≥1次", 30),
                row("c", "效益指标", "丙", "≥1次", 20), row("d", "效益指标", "丁", "≥1次", 10),
                row("e", "满意度指标", "满意度", "≥90%", 10))), List.of());
        assertEquals(List.of("POINTS_DO_NOT_ADD_UP"), codes(found));
        assertEquals("产出", found.get(0).level3());
        assertTrue(found.get(0).message().contains("60"), found.get(0).message());
    }

    @Test
    void pointsLeavingNoShareForUnpointedRowsAreReported() {
        List<Reviewer.ReviewFinding> found = REVIEWER.review(project("mof-project", "100", List.of(
                row("a", "产出指标", "甲", "≥1次", 50), row("b", "产出指标", "数量指标", "乙", "≥1次"),
                row("c", "效益指标", "丙", "≥1次", 30), row("e", "满意度指标", "满意度", "≥90%", 10))), List.of());
        assertEquals(List.of("POINTS_DO_NOT_ADD_UP"), codes(found));
    }

    @Test
    void anIndicatorDeclaredTwiceIsReportedOncePerRepeat() {
        List<Reviewer.ReviewFinding> found = review(row("a", "产出指标", "数量指标", "培训人次", "≥300人次"),
                row("b", "产出指标", "数量指标", "培训 人次", "≥320人次"),
                row("c", "产出指标", "数量指标", "培训人次", "≥1人次"));
        assertEquals(List.of("DUPLICATE_INDICATOR:b", "DUPLICATE_INDICATOR:c"), codes(found));
        assertTrue(found.get(0).message().contains("第 1 行"), found.get(0).message());
    }

    @Test
    void aTargetEasierThanLastYearsActualIsReportedWithBothFigures() {
        List<Reviewer.ReviewFinding> found = REVIEWER.review(project("mof-project", "100", complete(
                        row("a", "产出指标", "数量指标", "培训人次", "≥300人次"),
                        row("b", "产出指标", "时效指标", "办结时限", "≤30天"),
                        row("c", "产出指标", "数量指标", "新建公厕", "≥30座"))),
                List.of(new LastYear("培训人次", 2025, new BigDecimal("320"), "人次", "320人次"),
                        new LastYear("办结时限", 2025, new BigDecimal("25"), "天", "25天"),
                        new LastYear("新建公厕", 2025, new BigDecimal("28"), "座", "28座")));
        assertEquals(List.of("TARGET_BELOW_LAST_YEAR:a", "TARGET_BELOW_LAST_YEAR:b"), codes(found));
        assertTrue(found.get(0).message().contains("≥300人次") && found.get(0).message().contains("320人次"),
                found.get(0).message());
        assertTrue(found.get(1).message().contains("25天"), found.get(1).message());
    }

    @Test
    void lastYearInAnotherUnitIsNotCompared() {
        List<Reviewer.ReviewFinding> found = REVIEWER.review(project("mof-project", "100", complete(
                        row("a", "产出指标", "数量指标", "培训人次", "≥300人次"))),
                List.of(new LastYear("培训人次", 2025, new BigDecimal("320"), "人", "320人")));
        assertEquals(List.of(), codes(found));
    }

    @Test
    void aSatisfactionTargetBelowTheFloorIsInformation() {
        List<Reviewer.ReviewFinding> found = review(row("a", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥80%"));
        assertEquals(List.of("TARGET_TOO_EASY:a"), codes(found));
        assertEquals(Severity.INFO, found.get(0).severity());
    }

    @Test
    void reviewingDoesNotChangeHowTheSameDeclarationScores() {
        Inputs.Declaration d = project("mof-project", "100", complete(row("a", "产出指标", "数量指标", "新建公厕", "≥30")));
        EvaluationResult before = EVALUATOR.evaluate(d, Fixtures.fullYear("100", List.of()));
        REVIEWER.review(d, List.of());
        assertEquals(before, EVALUATOR.evaluate(d, Fixtures.fullYear("100", List.of())));
    }
}
