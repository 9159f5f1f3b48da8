package jixiao.scoring;

/** How much a deviation needs attention (spec §4), most urgent first. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
