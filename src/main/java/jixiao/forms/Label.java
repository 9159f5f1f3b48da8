package jixiao.forms;

/** A cell naming a value of the form's header block ({@code labels} in {@code scoring-tables/forms.yml}). */
enum Label {
    NAME("name"),
    UNIT("unit"),
    BUDGET("budget"),
    BUDGET_ADJUSTED("budgetAdjusted"),
    BUDGET_EXECUTED("budgetExecuted"),
    SPENDING_REASON("spendingReason"),
    SPENDING_PLAN("spendingPlan"),
    SCORING_TABLE("scoringTable"),
    PERIOD("period"),
    MONTH("month");

    final String key;

    Label(String key) {
        this.key = key;
    }
}
