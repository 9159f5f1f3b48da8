package jixiao.forms;

/**
 * What a column of an indicator table holds, recognised by its header's words ({@code columns} in
 * {@code scoring-tables/forms.yml}). A header cell takes the first role in this order whose words it
 * contains, so that the more specific words decide first ({@code 指标值确定依据} is {@link #IGNORED},
 * {@code 指标值类型} is {@link #OP}, {@code 实际完成值} is no {@link #TARGET}).
 */
enum Role {
    IGNORED("ignored"),
    ID("id"),
    OP("op"),
    VALUE_UNIT("valueUnit"),
    HALF_YEAR_TARGET("halfYearTarget"),
    COMPLETION_LIKELIHOOD("completionLikelihood"),
    ACTUAL("actual"),
    TARGET("target"),
    POINTS("points"),
    SCORE("score"),
    REASON("reason"),
    LEVEL1("level1"),
    LEVEL2("level2"),
    LEVEL3("level3");

    final String key;

    Role(String key) {
        this.key = key;
    }

    boolean isLevel() {
        return this == LEVEL1 || this == LEVEL2 || this == LEVEL3;
    }
}
