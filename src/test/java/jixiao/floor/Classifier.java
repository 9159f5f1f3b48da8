package jixiao.floor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jixiao.indicator.Normaliser;
import jixiao.indicator.Op;

/**
 * Decides, before anything is scored, whether and how each indicator is scored (spec §1.4–§1.6, §3):
 * a row without a target is not applicable whatever else it lacks; a level1 outside the table is an
 * unknown group; then unreadable and missing values, words against numbers and numbers against words,
 * units that cannot be compared; what is left is scored by its comparator or by completion tiers.
 */
final class Classifier {
    private final List<String> zeroWords;

    Classifier(List<String> zeroWords) {
        this.zeroWords = List.copyOf(zeroWords);
    }

    /**
     * @param groups the groups of the level1 names met so far in this assessment (a form repeats its level1
     *               names down the rows: each is normalised once); an unknown one maps to null
     */
    void classify(Row row, ScoringTable table, Map<String, ScoringTable.Group> groups) {
        Reading r = row.reading;
        if (r.targetKind() == Reading.TargetKind.NONE) {
            row.status = Status.NOT_APPLICABLE;
            return;
        }
        row.group = groupOf(row.declared.level1(), table, groups);
        if (row.group == null) {
            row.invalid(Deviation.Type.UNKNOWN_GROUP);
        } else if (r.targetKind() == Reading.TargetKind.UNREADABLE || r.actualKind() == Reading.ActualKind.UNREADABLE) {
            row.invalid(Deviation.Type.UNRECOGNIZED_VALUE);
        } else if (r.actualKind() == Reading.ActualKind.NONE) {
            row.status = Status.MISSING;
        } else if (r.targetKind().isNumeric()) {
            numericTarget(row, table);
        } else if (r.actualKind() == Reading.ActualKind.NUMBER) {
            row.invalid(Deviation.Type.UNRECOGNIZED_VALUE);
        } else {
            row.kind = Row.Kind.QUALITATIVE;
        }
    }

    private static ScoringTable.Group groupOf(String level1, ScoringTable table, Map<String, ScoringTable.Group> groups) {
        if (level1 == null) {
            return table.groupOf(Normaliser.groupKey(null));
        }
        ScoringTable.Group g = groups.get(level1);
        if (g == null && !groups.containsKey(level1)) {
            g = table.groupOf(Normaliser.groupKey(level1));
            groups.put(level1, g);
        }
        return g;
    }

    private void numericTarget(Row row, ScoringTable table) {
        Reading r = row.reading;
        switch (r.actualKind()) {
            case TIER -> {
                row.kind = Row.Kind.QUALITATIVE;
                row.notQuantified = true;
                row.scoredOp = scoredOp(r, table);
            }
            case TERM -> {
                if (startsWithZeroWord(r.actualTerm())) {
                    row.b = BigDecimal.ZERO;
                    quantitative(row, table);
                } else {
                    row.invalid(Deviation.Type.UNRECOGNIZED_VALUE);
                }
            }
            default -> {
                if (r.unitMismatch()) {
                    row.invalid(Deviation.Type.UNIT_MISMATCH);
                } else {
                    quantitative(row, table);
                }
            }
        }
    }

    private static void quantitative(Row row, ScoringTable table) {
        row.kind = Row.Kind.QUANTITATIVE;
        row.scoredOp = scoredOp(row.reading, table);
    }

    /** §1.5: an explicit {@code =} is scored in the direction the indicator implies unless the table is strict. */
    private static Op scoredOp(Reading r, ScoringTable table) {
        return r.op() == Op.EQ && !table.strictEquals ? r.impliedOp() : r.op();
    }

    private boolean startsWithZeroWord(String term) {
        for (String word : zeroWords) {
            if (term.startsWith(word)) {
                return true;
            }
        }
        return false;
    }
}
