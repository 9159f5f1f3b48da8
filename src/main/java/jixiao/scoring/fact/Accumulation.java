package jixiao.scoring.fact;

/** 12-expected.drl, at mid-year: whether a quantity adds up over the year (§5), so it is expected pro rata. */
public record Accumulation(int seq, boolean cumulative) {
}
