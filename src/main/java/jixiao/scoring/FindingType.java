package jixiao.scoring;

/** The kinds of finding the target review (目标审核, rules/05-review.drl) raises; severities are in review.yml. */
public enum FindingType {
    TARGET_NOT_MEASURABLE,
    GROUP_MISSING,
    DUPLICATE_INDICATOR,
    TARGET_WITHOUT_UNIT,
    POINTS_DO_NOT_ADD_UP,
    DEADLINE_UNCLEAR,
    TARGET_BELOW_LAST_YEAR,
    TARGET_TOO_EASY
}
