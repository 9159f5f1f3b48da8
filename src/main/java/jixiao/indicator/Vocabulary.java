package jixiao.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The configurable word lists the parser reads values with (spec §1.3–§1.5); loaded from
 * {@code scoring-tables/vocabulary.yml}.
 *
 * @param units            the closed unit list with dimensions and factors
 * @param multipliers      prefixes that multiply a unit ({@code 万} 10⁴, {@code 亿} 10⁸)
 * @param periods          period suffixes ({@code /年}, {@code /季度} …)
 * @param yearPeriod       the period that marks a year's total and is dropped ({@code /年})
 * @param prefixOps        comparator words written before a number, per op
 * @param suffixOps        comparator words written after a number ({@code 以上}, {@code 以内}, {@code 以下})
 * @param tiers            completion tier words of actuals
 * @param atLeastEndings   level3 endings that make a bare number a minimum ({@code 满意度})
 * @param atLeastRateStems words that, followed by {@code 率} at the end of level3, make it a minimum
 * @param costDimensions   level1/level2 names of a cost dimension (a bare number is a ceiling)
 * @param atMostWords      level3 words that make a bare number a ceiling
 * @param approximations   words around a number that are dropped, and the "nearly" words that are not
 */
public record Vocabulary(List<UnitDef> units, Map<String, BigDecimal> multipliers, List<String> periods,
                         String yearPeriod, Map<Op, List<String>> prefixOps, Map<Op, List<String>> suffixOps,
                         Map<String, CompletionTier> tiers, List<String> atLeastEndings,
                         List<String> atLeastRateStems, List<String> costDimensions, List<String> atMostWords,
                         Approximations approximations) {
}
