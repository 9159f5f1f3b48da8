package jixiao.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.forms.SheetTable;
import jixiao.forms.SheetTable.Block;
import jixiao.scoring.Period;
import jixiao.tables.Policy;
import jixiao.web.SubjectType;

/**
 * The bureau's year summary as sheets, cell for cell what {@link YearSummary} (the JSON summary) holds:
 * 概览 (counts, grades, score statistics, the score bands, at mid-year the lights), 排名 and 单位排名,
 * 偏差 (every ERROR deviation, then the flagged types to re-check), 未报送, and at year end 抽评复核 (the spot checks'
 * reviews). Chinese headers; numbers stay numbers.
 */
final class YearWorkbook {
    static final String OVERVIEW = "概览";
    static final String RANKING = "排名";
    static final String UNITS = "单位排名";
    static final String DEVIATIONS = "偏差";
    static final String NOT_SUBMITTED = "未报送";
    static final String SPOT_CHECKS = "抽评复核";
    static final String ERROR = "错误";

    private final Map<String, String> severities;
    private final Map<String, String> lights = new HashMap<>();

    /** {@code severities}: their Chinese names (forms.yml); the lights' names come from the policy's display words. */
    YearWorkbook(Map<String, String> severities, Policy policy) {
        this.severities = severities;
        policy.display().lights().forEach((cell, name) -> lights.put(cell.text(), name));
    }

    List<SheetTable> sheets(YearSummary s) {
        String title = s.year() + "年度预算绩效自评汇总" + (s.period() == Period.HALF_YEAR ? "（半年监控）" : "");
        List<SheetTable> sheets = new ArrayList<>(List.of(overview(s, title), ranking(s, title), units(s, title),
                deviations(s, title), notSubmitted(s, title)));
        if (s.period() == Period.FULL_YEAR) {
            sheets.add(spotChecks(s.spotChecks(), title));
        }
        return sheets;
    }

    private SheetTable overview(YearSummary s, String title) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block("基本情况", List.of("项目", "数值"), List.of(
                row("年度", s.year()), row("期间", period(s.period())), row("申报数", s.declarations()),
                row("已评价", s.evaluated()), row("未报送", s.notSubmitted().size()))));
        List<List<Object>> grades = new ArrayList<>();
        s.grades().forEach((grade, count) -> grades.add(row(grade, count)));
        blocks.add(new Block("等级分布", List.of("等级", "数量"), grades));
        YearSummary.Scores scores = s.scores();
        blocks.add(new Block("得分统计", List.of("统计", "得分"), List.of(row("平均分", scores.mean()),
                row("中位数", scores.median()), row("最低分", scores.min()), row("最高分", scores.max()))));
        List<List<Object>> bands = new ArrayList<>();
        for (YearSummary.Bucket b : s.distribution()) {
            bands.add(row(band(b), b.from(), b.to(), b.count()));
        }
        blocks.add(new Block("分数段分布", List.of("分数段", "下限（含）", "上限（不含）", "数量"), bands));
        if (s.period() == Period.HALF_YEAR) {
            List<List<Object>> lit = new ArrayList<>();
            s.lights().forEach((light, count) -> lit.add(row(lights.getOrDefault(light, light), count)));
            blocks.add(new Block("预警灯", List.of("预警灯", "数量"), lit));
        }
        return new SheetTable(OVERVIEW, title, blocks);
    }

    private static SheetTable ranking(YearSummary s, String title) {
        List<List<Object>> rows = new ArrayList<>();
        for (YearSummary.Ranked r : s.ranking()) {
            rows.add(row(r.rank() == 0 ? null : r.rank(), r.unit(), r.name(), subject(r.subjectType()), r.totalScore(),
                    r.grade(), r.deviationCount(), r.evaluationId(), r.declarationId()));
        }
        return new SheetTable(RANKING, title + " 排名",
                List.of("排名", "单位", "名称", "类型", "总分", "等级", "偏差数", "评价ID", "申报ID"), rows);
    }

    private static SheetTable units(YearSummary s, String title) {
        List<List<Object>> rows = new ArrayList<>();
        for (YearSummary.UnitRank u : s.units()) {
            rows.add(row(u.rank(), u.unit(), u.subjects(), u.meanScore(), u.minScore()));
        }
        return new SheetTable(UNITS, title + " 单位排名", List.of("排名", "单位", "评价数", "平均分", "最低分"), rows);
    }

    private SheetTable deviations(YearSummary s, String title) {
        String flagged = s.period() == Period.HALF_YEAR ? "进度滞后" : "需复核";
        List<List<Object>> rows = new ArrayList<>();
        s.errors().forEach(d -> rows.add(deviation(ERROR, d)));
        s.flagged().forEach(d -> rows.add(deviation(flagged, d)));
        return new SheetTable(DEVIATIONS, title + " 偏差",
                List.of("分类", "单位", "名称", "偏差类型", "严重程度", "指标编号", "三级指标", "说明", "评价ID"), rows);
    }

    private List<Object> deviation(String kind, Store.FlaggedDeviation d) {
        return row(kind, d.unit(), d.name(), d.type(), severities.getOrDefault(d.severity(), d.severity()),
                d.indicatorId(), d.level3(), d.message(), d.evaluationId());
    }

    private static SheetTable notSubmitted(YearSummary s, String title) {
        List<List<Object>> rows = new ArrayList<>();
        for (YearSummary.Missing m : s.notSubmitted()) {
            rows.add(row(m.unit(), m.name(), subject(m.subjectType()), m.declarationId()));
        }
        return new SheetTable(NOT_SUBMITTED, title + " 未报送", List.of("单位", "名称", "类型", "申报ID"), rows);
    }

    /** 抽评复核: the figures, the units ranked by their mean gap, and every reviewed subject. */
    private static SheetTable spotChecks(SpotCheckFigures f, String title) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block("复核概况", List.of("项目", "数值"), List.of(row("已复核", f.checked()),
                row("平均差距（自评−复核）", f.meanGap()), row("自评虚高", f.inflated()))));
        List<List<Object>> units = new ArrayList<>();
        for (SpotCheckFigures.UnitGap u : f.units()) {
            units.add(row(u.rank() == 0 ? null : u.rank(), u.unit(), u.checked(), u.meanGap(), u.inflated()));
        }
        blocks.add(new Block("单位差距排名", List.of("排名", "单位", "复核数", "平均差距", "自评虚高"), units));
        List<List<Object>> checks = new ArrayList<>();
        for (SpotCheckFigures.Check c : f.reviews()) {
            checks.add(row(c.unit(), c.name(), c.selfTotal(), c.selfGrade(), c.reviewedTotal(), c.reviewedGrade(),
                    c.gap(), c.inflated() ? "是" : "否", c.reviewId(), c.evaluationId(), c.declarationId()));
        }
        blocks.add(new Block("复核明细", List.of("单位", "名称", "自评总分", "自评等级", "复核总分", "复核等级", "差距",
                "自评虚高", "复核评价ID", "自评评价ID", "申报ID"), checks));
        return new SheetTable(SPOT_CHECKS, title + " 抽评复核", blocks);
    }

    /** {@code 90 分及以上}, {@code 80–90 分}, {@code 60 分以下}. */
    static String band(YearSummary.Bucket b) {
        if (b.to() == null) {
            return b.from().stripTrailingZeros().toPlainString() + " 分及以上";
        }
        if (b.from().signum() == 0) {
            return b.to().stripTrailingZeros().toPlainString() + " 分以下";
        }
        return b.from().stripTrailingZeros().toPlainString() + "–" + b.to().stripTrailingZeros().toPlainString() + " 分";
    }

    static String period(Period period) {
        return period == Period.HALF_YEAR ? "半年" : "全年";
    }

    static String subject(String type) {
        if (type == null) {
            return null;
        }
        return Arrays.stream(SubjectType.values()).filter(t -> t.name().equals(type)).findFirst()
                .map(t -> t == SubjectType.PROJECT ? "项目" : "部门").orElse(type);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
