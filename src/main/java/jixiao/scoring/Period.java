package jixiao.scoring;

/** The period an assessment reports on: the year-end self-assessment, or mid-year monitoring (spec §5). */
public enum Period {
    FULL_YEAR,
    HALF_YEAR
}
