package jixiao.scoring;

/** An actual that matches no declared indicator, or a second one for an indicator already matched. */
public record UnmatchedActual(String id, String level3, String label, boolean duplicate) {
}
