package jixiao.scoring.fact;

/** 05-review.drl: a group the scoring table expects every declaration to fill (review only). */
public record RequiredGroup(String name) {
}
