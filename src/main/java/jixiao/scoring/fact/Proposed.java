package jixiao.scoring.fact;

/**
 * 05-review.drl: a declared indicator under review, before the year (no actual). Only review sessions insert
 * it, so no scoring rule sees it.
 *
 * @param nameKey     level3 normalised (§1.1), as actuals are matched to it; empty for a row without one
 * @param level2Group level2 normalised as group names are ({@code 数量指标} → {@code 数量})
 * @param targetText  the target as written, normalised (§1.1); empty for none
 * @param unitWritten whether a number of the target comes with anything after it (a unit the tables know or
 *                    not, or words) or with the form's unit column
 */
public record Proposed(Indicator indicator, String nameKey, String level2Group, String targetText,
                       boolean unitWritten) {
    public int seq() {
        return indicator.seq();
    }

    public Declared target() {
        return indicator.target();
    }

    /** The target's unit as shown (the DRL parser takes {@code unit} for a keyword, so rules read it here). */
    public String unitShown() {
        return indicator.target().unit();
    }
}
