package jixiao.forms;

/** A column of the exported indicator table: its header and its width in characters. */
enum ExportColumn {
    LABEL(10), LEVEL1(10), LEVEL2(12), LEVEL3(24), TARGET(14), UNIT(8), HALF_YEAR_TARGET(12), ACTUAL(14),
    POINTS(7), CLAIMED(8), SCORE(8), STATUS(9), REASON(28), LIKELIHOOD(12), RULE(22), EXPLANATION(34), ID(8);

    final int width;

    ExportColumn(int width) {
        this.width = width;
    }
}
