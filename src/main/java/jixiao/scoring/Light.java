package jixiao.scoring;

/** A monitoring light (spec §5), worst first: a subject takes the first present among its parts. */
public enum Light {
    RED,
    YELLOW,
    GREEN,
    BLUE
}
