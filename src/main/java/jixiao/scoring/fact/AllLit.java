package jixiao.scoring.fact;

/** 90-monitoring.drl, at mid-year: every applicable indicator and the spending (where it has a rate) are lit. */
public record AllLit() {
}
