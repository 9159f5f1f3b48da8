package jixiao.scoring.fact;

/** A normalised level1 name that means a group of the scoring table used. */
public record GroupAlias(String alias, String group) {
}
