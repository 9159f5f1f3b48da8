package jixiao.floor;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the floor computes for one assessment: the total (unrounded; null when no indicator group is
 * left, §3) and its grade, the budget execution rate, the subject's light at mid-year (§5), each declared
 * indicator's status, unrounded score and light in declaration order, and the deviations (in no
 * particular order: the comparison treats them as a multiset).
 */
public record FloorResult(BigDecimal total, String grade, BigDecimal budgetRate, String light,
                          List<IndicatorScore> indicators, List<Deviation> deviations) {

    /** One declared indicator: its id, status, score (null where it holds no points) and mid-year light. */
    public record IndicatorScore(String id, String status, BigDecimal score, String light) {
    }
}
