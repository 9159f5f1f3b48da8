package jixiao.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import jixiao.tables.TableLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every distinct value form of the seed forms, and values a person would type that the seeds lack. */
class ValueParserTest {
    private static final ValueParser PARSER =
            new ValueParser(TableLoader.load(Path.of("scoring-tables")).vocabulary());

    private static IndicatorValue.Quantity quantity(String text, String level1, String level3, String unitField) {
        IndicatorValue v = PARSER.parseTarget(text, new IndicatorContext(level1, null, level3, unitField));
        return assertInstanceOf(IndicatorValue.Quantity.class, v, text);
    }

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "≥95%|>=|95|%",
            "≤30小时/年|<=|30|小时",
            "=100%|=|100|%",
            "≥12次|>=|12|次",
            "$\\geq 98\\%$|>=|98|%",
            "大于350万公里|>|350|万公里",
            "小于10分钟|<|10|分钟",
            "不小于32栋|>=|32|栋",
            "大于等于95%|>=|95|%",
            "95%以上|>=|95|%",
            "不超过30小时|<=|30|小时",
            "30小时以内|<=|30|小时",
            "大于2万人|>|2|万人",
            "大于38万㎡|>|38|万㎡",
            "大于20批次|>|20|批次",
            "大于500场次|>|500|场次",
            "≥95受助人员满意度大于等于95%|>=|95|%",
            "≥95工作任务及时完成率达到百分之九十五以上|>=|95|%",
            "不少于两次|>=|2|次",
            "百分之九十五|>=|95|%",
            "零失误|<=|0|次",
            "＞＝９０％|>=|90|%",
            "服务对象满意度达到95%以上|>=|95|%",
    })
    void readsComparatorNumberAndUnit(String text, String op, String value, String unit) {
        IndicatorValue.Quantity q = quantity(text, "产出指标", "服务对象满意度", null);
        assertEquals(op, q.op().code());
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), "value of " + text);
        assertEquals(unit, q.unit().label());
    }

    @Test
    void keepsThePeriodOfAUnitAndDropsTheYear() {
        assertEquals("/季度", quantity("1", "产出指标", "车辆保养频次（常规）", "次/季度").unit().period());
        IndicatorValue.Quantity perYear = quantity("12000", "产出指标", "公务用车保障车次", "次/年");
        assertEquals(null, perYear.unit().period());
        assertTrue(perYear.unit().perYear());
        assertEquals("个点位", quantity("5", "产出指标", "随机抽查公共区域", "个点位/日").unit().label());
    }

    @ParameterizedTest(name = "{0} in {1}/{2} → {3}")
    @CsvSource(delimiter = '|', value = {
            "100%|产出指标|资金到位率|>=",
            "90%|满意度|机关干部满意度|>=",
            "98|满意度|服务单位满意率|>=",
            "100%|运行成本|公用经费控制率|<=",
            "0%|管理效率|结转结余率|<=",
            "0%|管理效率|预算调整率|<=",
            "-0.33%|运行成本|“三公”经费变动率|<=",
            "100%|管理效率|预算执行率|>=",
            "90%|管理效率|政府采购执行率|>=",
            "2670.84平方米|履职效能|会议中心、凤凰法庭维修面积|>=",
            "0|效益指标|年度内无因设施故障引发的安全事故|<=",
            "100|产出指标|举报线索处置率(%)|>=",
            "30|产出指标|全年网络中断时长累计|<=",
            "0|社会效益|其他指标|<=",
            "30批次|履职效能|公物仓货物维护批次|>=",
    })
    void infersTheComparatorOfABareNumber(String text, String level1, String level3, String op) {
        IndicatorValue.Quantity q = quantity(text, level1, level3, null);
        assertEquals(op, q.op().code());
        assertTrue(q.inferred());
        assertTrue(q.inferredReason() != null && !q.inferredReason().isBlank());
    }

    @Test
    void readsANegativeNumberAsANumberNotARange() {
        IndicatorValue.Quantity q = quantity("-0.33%", "运行成本", "“三公”经费变动率", null);
        assertEquals(0, new BigDecimal("-0.33").compareTo(q.value()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"80%-90%|80|90", "80%~90%|80|90", "80%至90%|80|90", "80~90%|80|90"})
    void readsRanges(String text, String low, String high) {
        IndicatorValue.Range r = assertInstanceOf(IndicatorValue.Range.class,
                PARSER.parseTarget(text, IndicatorContext.none()));
        assertEquals(0, new BigDecimal(low).compareTo(r.low()));
        assertEquals(0, new BigDecimal(high).compareTo(r.high()));
        assertEquals("%", r.unit().label());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "健全|健全", "基本 相符|基本相符", "效果\u3000明显|效果明显", "明显提升|明显提升", "完全合规|完全合规",
            "及时有效|及时有效", "按时拨付|按时拨付", "资金使用效率最大化|资金使用效率最大化",
            "平台运行保障成本不高于实际需求|平台运行保障成本不高于实际需求", "列入 发展 规划|列入发展规划",
            "已完成|完成", "一般|一般", "落实到位。|落实到位",
    })
    void readsTextWithoutANumberAsAWholeTerm(String text, String term) {
        IndicatorValue.Term t = assertInstanceOf(IndicatorValue.Term.class,
                PARSER.parseTarget(text, IndicatorContext.none()));
        assertEquals(term, t.term());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "达成|ACHIEVED", "达成年度指标|ACHIEVED", "达成预期指标|ACHIEVED", "部分达成|PARTIAL",
            "部分达成年度指标并具有一定效果|PARTIAL", "未达成|UNMET", "未达成年度指标且效果较差|UNMET",
    })
    void readsCompletionTiersInActualsFirst(String text, String tier) {
        IndicatorValue.Tier t = assertInstanceOf(IndicatorValue.Tier.class,
                PARSER.parseActual(text, IndicatorContext.none()));
        assertEquals(tier, t.tier().name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "/", "—", "-", "'  '"})
    void readsBlankMarksAsEmpty(String text) {
        assertInstanceOf(IndicatorValue.Empty.class, PARSER.parseActual(text, IndicatorContext.none()));
    }

    @Test
    void takesTheUnitFromTheUnitColumnThenTheBracketThenTheDescription() {
        assertEquals("万元", quantity("2002.31", "成本指标", "项目预算成本", "万元").unit().label());
        assertEquals("%", quantity("100", "产出指标", "公务用车违规使用举报线索处置率(%)", null).unit().label());
        assertEquals("%", quantity("100资金百分百到位", "产出指标", "资金到位率", null).unit().label());
        assertEquals(null, quantity("小于1", "履职效能", "驾驶员配比率", null).unit());
    }

    /** 万人次 is 万 × 人次, not the listed 万人 and a 次 left over; where both read as far, the listed unit stays. */
    @ParameterizedTest(name = "{0} → {1} {2} × {3}")
    @CsvSource(delimiter = '|', value = {
            "≥1万人次|万人次|人次|10000|''", "1.2万人次|万人次|人次|10000|''", "大于2万人|万人|人|10000|''",
            "3万人次以上|万人次|人次|10000|''", "培训1.5万人次/年|万人次|人次|10000|培训", "2万元|万元|元|10000|''",
            "3万公里|万公里|公里|10000|''", "2万人/季度|万人|人|10000|''",
    })
    void readsAMultiplierBeforeTheLongerUnitWhenItReadsFurther(String text, String label, String dimension,
                                                               String factor, String description) {
        Unit u = quantity(text, "产出指标", "培训人次", null).unit();
        assertEquals(label, u.label(), text);
        assertEquals(dimension, u.dimension(), text);
        assertEquals(0, new BigDecimal(factor).compareTo(u.factor()), text);
        assertEquals(description, quantity(text, "产出指标", "培训人次", null).description(), text);
    }

    @Test
    void convertsTenThousandsInFrontOfAUnit() {
        Unit u = quantity("大于1万公里", "履职效能", "公务用车单车均行驶里程", null).unit();
        assertEquals("公里", u.dimension());
        assertEquals(0, new BigDecimal("10000").compareTo(u.factor()));
    }
}
