package jixiao.tables;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code scoring-tables/review.yml}: the words and numbers the target review reads.
 *
 * @param findings       each kind of finding with its severity, in the order a review lists them (names checked later)
 * @param unitLevel2     level2 names (as group keys) under which a number needs a unit
 * @param deadlineLevel2 level2 names whose targets must state a date or a period
 */
public record ReviewPolicy(List<FindingRow> findings, List<String> directionWords, List<String> unitLevel2,
                           List<String> deadlineLevel2, List<String> timeUnits, List<String> periodWords,
                           List<String> rateEndings,
                           List<String> satisfactionWords, BigDecimal satisfactionFloorPercent) {

    /** A kind of finding and its severity, each cell with its place (names are checked by the layer that knows them). */
    public record FindingRow(Cell code, Cell severity) {
    }
}
