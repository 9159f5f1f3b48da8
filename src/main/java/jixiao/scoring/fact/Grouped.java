package jixiao.scoring.fact;

/** 10-classify.drl: every indicator whose level1 names a group of the table is in it, so the groups' members are known. */
public record Grouped() {
}
