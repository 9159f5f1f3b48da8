package jixiao.indicator;

/**
 * What the parser needs to know about the indicator a value belongs to: its level names (for the
 * inferred comparator and a unit in brackets) and the form's separate unit column, if any.
 */
public record IndicatorContext(String level1, String level2, String level3, String unitField) {
    public static IndicatorContext none() {
        return new IndicatorContext(null, null, null, null);
    }
}
