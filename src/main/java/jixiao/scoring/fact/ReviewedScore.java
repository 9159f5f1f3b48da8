package jixiao.scoring.fact;

import java.math.BigDecimal;

/**
 * 95-review-comparison.drl: the same subject scored again with the verified actuals (复核) — its 2-decimal total
 * and grade (null when ungraded) and the grade's place in the tables' grades (0 the best; null when ungraded).
 */
public record ReviewedScore(BigDecimal total, String grade, Integer gradeRank) {
}
