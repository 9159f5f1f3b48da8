package jixiao.scoring.fact;

import java.math.BigDecimal;

/**
 * 95-review-comparison.drl: the self-assessment a spot check reviewed, as it was scored — its 2-decimal total
 * and grade (null when ungraded) and the grade's place in the tables' grades (0 the best; null when ungraded).
 */
public record SelfScore(BigDecimal total, String grade, Integer gradeRank) {
}
