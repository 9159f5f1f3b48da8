package jixiao.scoring.fact;

/**
 * An actual that matches no declared indicator, or a second one for an indicator already matched;
 * {@code index} is its place among the actuals.
 */
public record UnmatchedActual(int index, String id, String level3, String label, boolean duplicate) {
}
