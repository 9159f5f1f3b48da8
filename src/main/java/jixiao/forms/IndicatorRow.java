package jixiao.forms;

import java.math.BigDecimal;

/** One indicator row of a form as read: its names, target, points and unit, and the self-assessment's columns. */
record IndicatorRow(String id, String level1, String level2, String level3, String target, String halfYearTarget,
                    BigDecimal points, String unit, String actual, String reason, BigDecimal claimedScore,
                    String completionLikelihood) {
    boolean reportsActual() {
        return actual != null || reason != null || claimedScore != null || completionLikelihood != null;
    }
}
