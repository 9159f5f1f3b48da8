package jixiao.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import jixiao.tables.TableLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The readings spec §1.1–§1.6 took from real published tables (its "Recent changes"). */
class PublishedValueReadingsTest {
    private static final ValueParser PARSER =
            new ValueParser(TableLoader.load(Path.of("scoring-tables")).vocabulary());
    private static final IndicatorContext OUTPUT = new IndicatorContext("产出指标", "数量指标", "培训人次", null);

    private static IndicatorValue.Quantity target(String text) {
        return assertInstanceOf(IndicatorValue.Quantity.class, PARSER.parseTarget(text, OUTPUT), text);
    }

    private static IndicatorValue.Quantity actual(String text) {
        return assertInstanceOf(IndicatorValue.Quantity.class, PARSER.parseActual(text, OUTPUT), text);
    }

    private static void assertNumber(String expected, BigDecimal value, String text) {
        assertEquals(0, new BigDecimal(expected).compareTo(value), "value of " + text + ": " + value);
    }

    private static String unitOf(IndicatorValue.Quantity q) {
        return q.unit() == null ? null : q.unit().label();
    }

    // §1.1 small-form variants and comparator glyphs; not a full NFKC.

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "═100|=|100|null",
            "﹦72890|=|72890|null",
            "≧95%|>=|95|%",
            "≦30小时|<=|30|小时",
            "⩾95%|>=|95|%",
            "⩽30分钟|<=|30|分钟",
            "﹤5次|<|5|次",
            "﹥5次|>|5|次",
            "﹥﹦90﹪|>=|90|%",
            "＞＝９０％|>=|90|%",
            "≥ 98 ﹪|>=|98|%",
    })
    void foldsSmallFormsAndVariantComparatorGlyphs(String text, String op, String value, String unit) {
        IndicatorValue.Quantity q = target(text);
        assertEquals(op, q.op().code(), text);
        assertFalse(q.inferred());
        assertNumber(value, q.value(), text);
        assertEquals(unit, unitOf(q));
    }

    @Test
    void keepsCharactersThatOnlyAFullNfkcWouldChange() {
        assertEquals("①号楼", Normaliser.normalise("①号楼"));
        assertEquals("40928㎡", Normaliser.normalise("40928㎡"));
        assertEquals("㎡", target("40928㎡").unit().label());
        assertEquals("(1)", Normaliser.normalise("﹙1﹚"));
    }

    @ParameterizedTest(name = "operator {0}")
    @CsvSource(delimiter = '|', value = {"═|=", "﹦|=", "⩾|>=", "⩽|<=", "≧|>=", "＞＝|>=", "﹥|>", "～|BETWEEN"})
    void readsTheSameGlyphsAsAStructuredOperator(String text, String op) {
        assertEquals(op, Op.fromText(text).orElseThrow().code());
    }

    // §1.1 thousands separators.

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "'215,457.6'|215457.6",
            "'1,200人'|1200人",
            "'12,000,000元'|12000000元",
            "'1，200人'|1200人",
            "'1﹐200人'|1200人",
            "'完成1部宣传片,2套方案'|'完成1部宣传片,2套方案'",
            "'1,2号楼'|'1,2号楼'",
            "'1,2345'|'1,2345'",
            "'1,23'|'1,23'",
            "'1,234,5678'|'1234,5678'",
    })
    void dropsACommaOnlyBeforeExactlyThreeDigits(String text, String normalised) {
        assertEquals(normalised, Normaliser.normalise(text));
    }

    @Test
    void readsAmountsWithThousandsSeparators() {
        assertNumber("215457.6", actual("215,457.6").value(), "215,457.6");
        IndicatorValue.Quantity people = actual("1,200人");
        assertNumber("1200", people.value(), "1,200人");
        assertEquals("人", unitOf(people));
        assertNumber("12000000", actual("12,000,000元").value(), "12,000,000元");
    }

    // §1.2 completion tiers.

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "达成|ACHIEVED", "达成年度指标|ACHIEVED", "达成预期指标|ACHIEVED", "完成|ACHIEVED", "全部完成|ACHIEVED",
            "按时完成|ACHIEVED", "按期完成|ACHIEVED", "如期完成|ACHIEVED", "达到|ACHIEVED", "已完成|ACHIEVED",
            "已全部完成。|ACHIEVED",
            "部分达成|PARTIAL", "部分达成年度指标并具有一定效果|PARTIAL", "基本完成|PARTIAL", "基本达到|PARTIAL",
            "部分完成|PARTIAL",
            "未达成|UNMET", "未达成年度指标且效果较差|UNMET", "未完成|UNMET", "未达到|UNMET",
    })
    void readsEveryCompletionTierWordOfAnActual(String text, String tier) {
        IndicatorValue.Tier t = assertInstanceOf(IndicatorValue.Tier.class, PARSER.parseActual(text, OUTPUT), text);
        assertEquals(tier, t.tier().name());
    }

    @Test
    void readsTierWordsOnlyAsWholeTexts() {
        IndicatorValue.Quantity reached = actual("达到95%");
        assertEquals(">=", reached.op().code());
        assertNumber("95", reached.value(), "达到95%");
        assertEquals("%", unitOf(reached));
        IndicatorValue.Quantity target = target("达到95%");
        assertEquals(">=", target.op().code());
        assertFalse(target.inferred());
        assertInstanceOf(IndicatorValue.Term.class, PARSER.parseActual("完成情况良好", OUTPUT));
        assertInstanceOf(IndicatorValue.Term.class, PARSER.parseTarget("按时完成", OUTPUT));
    }

    // §1.2 words, then a number.

    @Test
    void readsTheFirstNumberAfterWordsAndKeepsTheRestAsDescription() {
        IndicatorValue.Quantity films = target("完成1部宣传片,2套方案");
        assertNumber("1", films.value(), "完成1部宣传片,2套方案");
        assertNull(films.unit());
        assertEquals("完成部宣传片,2套方案", films.description());
        assertTrue(films.inferred());
        assertEquals(">=", films.op().code());

        IndicatorValue.Quantity training = target("全年累计培训320人次");
        assertNumber("320", training.value(), "全年累计培训320人次");
        assertEquals("人次", unitOf(training));
        assertEquals("全年累计培训", training.description());
        assertTrue(training.inferred());

        IndicatorValue.Quantity reported = actual("全年累计培训320人次");
        assertNumber("320", reported.value(), "actual 全年累计培训320人次");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "至少完成5项|>=|5", "累计培训不少于320人次|>=|320", "全年培训320人次以上|>=|320",
            "全年投诉不超过上年的3件|<=|3",
    })
    void countsAComparatorWordAmongTheWords(String text, String op, String value) {
        IndicatorValue.Quantity q = target(text);
        assertEquals(op, q.op().code(), text);
        assertFalse(q.inferred(), text);
        assertNumber(value, q.value(), text);
    }

    // §1.3 deadline suffixes.

    @ParameterizedTest(name = "{0} → <= {1} 月")
    @CsvSource(delimiter = '|', value = {
            "9月前|9", "9月之前|9", "9月以前|9", "11月底前|11", "十一月底前|11", "2024年9月前|9", "2024年11月底前完成|11",
            "6月30日前|6", "2024年12月31日前完成|12", "9月15号之前|9", "十二月三十一日以前|12",
            "2024.12.31前|12", "2024-6-30前完成|6", "2024/09/30之前|9",
    })
    void readsADeadlineAsAtMostThatMonth(String text, String month) {
        IndicatorValue.Quantity q = target(text);
        assertEquals("<=", q.op().code(), text);
        assertFalse(q.inferred(), text);
        assertNumber(month, q.value(), text);
        assertEquals("月", unitOf(q));
    }

    /** 底 (the month's end) before any deadline word is the month's deadline, as in 11月底前. */
    @ParameterizedTest(name = "{0} → <= {1} 月")
    @CsvSource(delimiter = '|', value = {
            "11月底之前|11", "11月底以前|11", "十一月底之前|11", "2024年11月底以前完成|11", "6月底之前完成|6",
    })
    void readsTheEndOfAMonthBeforeAnyDeadlineWordAsThatMonth(String text, String month) {
        IndicatorValue.Quantity q = target(text);
        assertEquals("<=", q.op().code(), text);
        assertFalse(q.inferred(), text);
        assertNumber(month, q.value(), text);
        assertEquals("月", unitOf(q));
    }

    @ParameterizedTest(name = "{0} → {1} 月")
    @CsvSource(delimiter = '|', value = {"8月|8", "9月底|9", "2024年9月底|9", "9月20日|9", "10月|10", "2024年6月28日|6", "2024.06.28|6", "2024-11-3|11"})
    void readsTheMonthOfAnActualDate(String text, String month) {
        IndicatorValue.Quantity q = actual(text);
        assertNumber(month, q.value(), text);
        assertEquals("月", unitOf(q));
    }

    @Test
    void readsDeadlineWordsOnlyRightAfterANumber() {
        IndicatorValue.Quantity early = target("提前完成3项");
        assertTrue(early.inferred(), "提前 is no comparator");
        assertEquals(">=", early.op().code());
        assertInstanceOf(IndicatorValue.Term.class, PARSER.parseTarget("按时间节点前完成", OUTPUT));
    }

    // §1.6 approximation words and comparators in actuals.

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"200余人", "200多人", "约200人", "大约200人", "200人左右", "共约200人", "培训200余人"})
    void dropsApproximationWordsAroundANumber(String text) {
        IndicatorValue.Quantity q = actual(text);
        assertNumber("200", q.value(), text);
        assertEquals("人", unitOf(q), text);
    }

    @Test
    void readsApproximationsBeforeAMultipliedUnit() {
        IndicatorValue.Quantity q = actual("200多万元");
        assertNumber("200", q.value(), "200多万元");
        assertEquals("万元", unitOf(q));
    }

    /** 余/多 between 万 and its unit are dropped too: the 万 still multiplies, 3万余人 is 30000 人. */
    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "3万余人|3|万人|10000|人", "3万多人|3|万人|10000|人", "1.2万余人次|1.2|万人次|10000|人次",
            "共3万多人|3|万人|10000|人", "2亿余元|2|亿元|100000000|元",
    })
    void dropsApproximationWordsBetweenAMultiplierAndItsUnit(String text, String value, String unit, String factor,
                                                             String dimension) {
        IndicatorValue.Quantity q = actual(text);
        assertNumber(value, q.value(), text);
        assertEquals(unit, unitOf(q), text);
        assertNumber(factor, q.unit().factor(), text);
        assertEquals(dimension, q.unit().dimension(), text);
        assertEquals("", q.description().replace("共", ""), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"近200人", "将近200人", "接近200人", "培训近200人"})
    void leavesNearlyANumberUnrecognised(String text) {
        assertInstanceOf(IndicatorValue.Term.class, PARSER.parseActual(text, OUTPUT), text);
    }

    /** §1.6: an actual 零 + noun is 0 of whatever the target counts, no 次 of its own; a target 零失误 stays ≤ 0 次. */
    @Test
    void readsZeroAndANounInAnActualAsZeroWithoutAUnitOfItsOwn() {
        IndicatorValue.Quantity accidents = actual("零事故");
        assertNumber("0", accidents.value(), "零事故");
        assertNull(accidents.unit(), "零事故 takes the target's unit");
        IndicatorValue.Quantity rate = assertInstanceOf(IndicatorValue.Quantity.class,
                PARSER.parseActual("零事故", new IndicatorContext("产出指标", "质量指标", "安全事故发生率(%)", null)));
        assertEquals("%", unitOf(rate), "the indicator's own unit still applies");
        IndicatorValue.Quantity mistakes = target("零失误");
        assertEquals("<=", mistakes.op().code());
        assertEquals("次", unitOf(mistakes));
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {"≥266米|266|米", "≥95%|95|%", "不低于95%|95|%"})
    void readsAnActualWithAComparatorAsTheNumberItStates(String text, String value, String unit) {
        IndicatorValue.Quantity q = actual(text);
        assertNumber(value, q.value(), text);
        assertEquals(unit, unitOf(q));
    }

    // §1.5 / §3 the cost dimension, normalised as level1 is for groups.

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "成本指标(10分)|成本", "成本指标（10分）|成本", "经济成本指标|经济成本", "项目产出|产出",
            "项目效益指标（30分）|效益", "产出指标(50分)|产出", " 运行 成本 |运行成本", "项目|项目", "指标|指标",
            "项目指标|项目",
    })
    void normalisesLevelNamesAsSectionThreeSays(String raw, String key) {
        assertEquals(key, Normaliser.groupKey(raw));
    }

    @ParameterizedTest(name = "{0} / {1} → <=")
    @CsvSource(delimiter = '|', value = {
            "产出指标|成本指标(10分)", "产出指标|成本指标（10分）", "成本指标|经济成本指标", "项目成本|社会成本",
            "运行成本（10分）|公用经费", "产出|运行 成本指标",
    })
    void infersACeilingInACostDimension(String level1, String level2) {
        IndicatorValue.Quantity q = assertInstanceOf(IndicatorValue.Quantity.class,
                PARSER.parseTarget("2002.31", new IndicatorContext(level1, level2, "项目预算", "万元")));
        assertEquals("<=", q.op().code());
        assertTrue(q.inferred());
    }

    @Test
    void doesNotTakeOtherCostNamesForACostDimension() {
        IndicatorValue.Quantity q = assertInstanceOf(IndicatorValue.Quantity.class,
                PARSER.parseTarget("20", new IndicatorContext("产出指标", "社会成本指标", "受益人数", "万人")));
        assertEquals(">=", q.op().code());
    }

    // §1.1 what empty means.

    @ParameterizedTest(name = "empty: [{0}]")
    @ValueSource(strings = {"", "  ", "\u3000", "/", " / ", "／", "—", "-", "－", "﹣", "﹘", "\n-\n"})
    void readsTheEmptyMarksAsEmpty(String text) {
        assertInstanceOf(IndicatorValue.Empty.class, PARSER.parseActual(text, OUTPUT), "[" + text + "]");
        assertInstanceOf(IndicatorValue.Empty.class, PARSER.parseTarget(text, OUTPUT), "[" + text + "]");
    }

    @ParameterizedTest
    @NullSource
    void readsNoTextAsEmpty(String text) {
        assertInstanceOf(IndicatorValue.Empty.class, PARSER.parseActual(text, OUTPUT));
        assertTrue(Normaliser.isEmpty(null));
    }

    @ParameterizedTest(name = "not empty: [{0}]")
    @ValueSource(strings = {"0", "无", "//", "0%", "-1"})
    void readsOtherShortTextsAsValues(String text) {
        assertFalse(PARSER.parseActual(text, OUTPUT) instanceof IndicatorValue.Empty, text);
    }
}
