package jixiao.floor;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the floor computes for one assessment: the total (unrounded; null when no indicator group is
 * left, §3) and its grade, each declared indicator's status and score in declaration order, and the
 * deviations (in no particular order: the comparison treats them as a multiset).
 */
public record FloorResult(BigDecimal total, String grade, BigDecimal budgetRate, List<IndicatorScore> indicators,
                          List<Deviation> deviations) {

    /** One declared indicator: its id, status and unrounded score (null where it holds no points). */
    public record IndicatorScore(String id, String status, BigDecimal score) {
    }
}
