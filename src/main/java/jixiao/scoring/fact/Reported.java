package jixiao.scoring.fact;

import java.math.BigDecimal;
import jixiao.indicator.CompletionTier;
import jixiao.indicator.Op;
import jixiao.scoring.ActualKind;

/**
 * The actual reported for an indicator, as read (spec §1): a number converted into the target's unit.
 *
 * @param value        the number in the target's unit; null when the units cannot be compared
 * @param unitMismatch whether the actual's unit cannot be compared with the target's
 * @param text         the text as sent, stripped
 * @param stated       the comparator a number was written with ({@code 不低于95%}), shown but not scored (§1.6);
 *                     null when none was written
 * @param term         a wording's (or a tier word's) normalised text
 * @param tier         the completion tier a tier word states
 * @param reasonGiven  whether the report explains a shortfall (偏差原因)
 * @param claimed      the self-assessed score (自评分), on the form's points
 */
public record Reported(ActualKind kind, BigDecimal value, boolean unitMismatch, String text, Op stated, String term,
                       CompletionTier tier, boolean reasonGiven, BigDecimal claimed) {
}
