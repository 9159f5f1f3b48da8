package jixiao.indicator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the parser needs to know about the indicator a value belongs to: its level names (for the
 * inferred comparator and a unit in brackets) and the form's separate unit column, if any. The names are
 * normalised once here, not at every value read for the indicator.
 *
 * @param level3Name  level3 normalised (§1.1), less a unit in brackets at its end
 * @param bracketUnit the text of that unit in brackets ({@code 人次} of {@code 培训人数（人次）}), else null
 * @param level1Group level1 as §3 normalises a group name; level2Group the same of level2
 */
public record IndicatorContext(String level1, String level2, String level3, String unitField,
                               String level3Name, String bracketUnit, String level1Group, String level2Group) {
    private static final Pattern BRACKET_UNIT = Pattern.compile("[(（]([^()（）]++)[)）]$");

    public IndicatorContext(String level1, String level2, String level3, String unitField) {
        this(level1, level2, level3, unitField, Normaliser.normalise(level3), Normaliser.groupKey(level1),
                Normaliser.groupKey(level2));
    }

    private IndicatorContext(String level1, String level2, String level3, String unitField, String level3Key,
                             String level1Group, String level2Group) {
        this(level1, level2, level3, unitField, level3Key, bracket(level3Key), level1Group, level2Group);
    }

    private IndicatorContext(String level1, String level2, String level3, String unitField, String level3Key,
                             Matcher bracket, String level1Group, String level2Group) {
        this(level1, level2, level3, unitField, bracket == null ? level3Key : level3Key.substring(0, bracket.start()),
                bracket == null ? null : bracket.group(1), level1Group, level2Group);
    }

    public static IndicatorContext none() {
        return new IndicatorContext(null, null, null, null);
    }

    /** The unit in brackets at the end of a normalised level3, found once; null when there is none. */
    private static Matcher bracket(String level3Key) {
        if (!level3Key.endsWith(")") && !level3Key.endsWith("）")) {
            return null;
        }
        Matcher bracket = BRACKET_UNIT.matcher(level3Key);
        return bracket.find() ? bracket : null;
    }
}
