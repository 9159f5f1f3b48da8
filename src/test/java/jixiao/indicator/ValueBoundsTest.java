package jixiao.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.stream.Stream;
import jixiao.tables.TableLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Value text the parser must read without building a huge number or spending super-linear time
 * (api.md Errors: numbers beyond ±10^15). These tests hold the kinds the long texts read as (a regex
 * that backtracks shows as a hung build); {@link ValueParserTimings} times them.
 */
class ValueBoundsTest {
    private static final ValueParser PARSER =
            new ValueParser(TableLoader.load(Path.of("scoring-tables")).vocabulary());
    private static final IndicatorContext CTX = new IndicatorContext("产出指标", "数量指标", "培训人次", null);
    private static final int LONG = 100_000;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "≥1e999999%", "1e999999", "≥1E+5次", "2.5e3人", "≥1234567890123456%", "-1234567890123456",
            "1234567890123456789012345678901234567890", "0.123456789012345678901", "达到1e9", "培训1e5人次",
            "1,234,567,890,123,456元",
    })
    void leavesNumbersNoFormStatesUnread(String text) {
        assertInstanceOf(IndicatorValue.Unreadable.class, PARSER.parseActual(text, CTX), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"999999999999999", "0000000000000000000001", "0.12345678901234567890", "-999999999999999"})
    void readsNumbersUpToTheBounds(String text) {
        IndicatorValue.Quantity q = assertInstanceOf(IndicatorValue.Quantity.class, PARSER.parseActual(text, CTX));
        assertEquals(0, new BigDecimal(text).compareTo(q.value()), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"百分之九点十", "百分之点点五", "百分之九十九点五五五五五五五五五五五五五五五五五五五五五"})
    void leavesChineseNumeralsThatNameNoNumberUnread(String text) {
        assertInstanceOf(IndicatorValue.Term.class, PARSER.parseActual(text, CTX), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {1200})
    void leavesChineseNumeralsBeyondTheBoundUnread(int times) {
        assertInstanceOf(IndicatorValue.Term.class, PARSER.parseActual("九千亿".repeat(times) + "人", CTX));
        assertInstanceOf(IndicatorValue.Quantity.class, PARSER.parseActual("九千亿".repeat(10) + "人", CTX));
    }

    /** Long texts of one character kind each, and the kind each must read as. */
    static Stream<Arguments> longTexts() {
        return longTexts(LONG);
    }

    /** The long texts at about {@code length} characters each. */
    static Stream<Arguments> longTexts(int length) {
        final int LONG = length;
        return Stream.of(
                Arguments.of("digits", repeat("1", LONG), IndicatorValue.Unreadable.class),
                Arguments.of("zeros then 5", repeat("0", LONG) + "5", IndicatorValue.Quantity.class),
                Arguments.of("a long fraction", "1." + repeat("5", LONG), IndicatorValue.Unreadable.class),
                Arguments.of("dashes", repeat("-", LONG), IndicatorValue.Term.class),
                Arguments.of("至", repeat("至", LONG), IndicatorValue.Term.class),
                Arguments.of("Chinese text", repeat("资金使用效率最大化", LONG / 9), IndicatorValue.Term.class),
                Arguments.of("Chinese numerals", repeat("九十九", LONG / 3), IndicatorValue.Term.class),
                Arguments.of("numerals before units", repeat("一次", LONG / 2), IndicatorValue.Quantity.class),
                Arguments.of("number, dash", repeat("1-", LONG / 2), IndicatorValue.Quantity.class),
                Arguments.of("number, 至", repeat("1至", LONG / 2), IndicatorValue.Quantity.class),
                Arguments.of("thousands", "1" + repeat(",000", LONG / 4), IndicatorValue.Unreadable.class),
                Arguments.of("comparator words", repeat("不低于", LONG / 3) + "5", IndicatorValue.Quantity.class),
                Arguments.of("comparator words, no number", repeat("不低于", LONG / 3), IndicatorValue.Term.class),
                Arguments.of("deadline words", "9月" + repeat("前", LONG), IndicatorValue.Quantity.class),
                Arguments.of("unclosed bookmarks", repeat("[bookmark:", LONG / 10), IndicatorValue.Term.class),
                Arguments.of("brackets", repeat("(1", LONG / 2), IndicatorValue.Quantity.class),
                Arguments.of("percent words", repeat("百分之", LONG / 3), IndicatorValue.Quantity.class),
                Arguments.of("approximations", repeat("约", LONG) + "200人", IndicatorValue.Quantity.class),
                Arguments.of("nearly", repeat("近", LONG) + "200人", IndicatorValue.Term.class),
                Arguments.of("exponents", repeat("1e", LONG / 2), IndicatorValue.Unreadable.class),
                Arguments.of("letters after numbers", repeat("1ex", LONG / 3), IndicatorValue.Quantity.class),
                Arguments.of("numbers in words", repeat("第1章", LONG / 3), IndicatorValue.Quantity.class),
                Arguments.of("words then numbers", repeat("完成1部,", LONG / 5), IndicatorValue.Quantity.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longTexts")
    void readsALongTextAsItsKind(String name, String text, Class<? extends IndicatorValue> kind) {
        assertInstanceOf(kind, PARSER.parseActual(text, CTX), name);
        assertInstanceOf(kind, PARSER.parseTarget(text, CTX), name);
    }

    private static String repeat(String s, int times) {
        return s.repeat(times);
    }
}
