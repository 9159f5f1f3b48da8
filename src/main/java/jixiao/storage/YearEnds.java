package jixiao.storage;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The stored year-end self-assessments (period FULL_YEAR, kind SELF: a bureau's review is never a subject's
 * current result) that the target review of new declarations compares against, looked up for many units at
 * once: first the subjects without their results, then the results of only those the caller picked.
 */
final class YearEnds {
    private YearEnds() {
    }

    /** A year-end evaluation of a unit's subject: its unit key, the name it was declared under, its id. */
    record Subject(String unitKey, String name, String evaluationId) {
    }

    /** The year-end evaluations of the units' subjects in {@code year}, each declaration's latest first. */
    static List<Subject> subjects(Connection c, Collection<String> unitKeys, int year) {
        List<Object> args = new ArrayList<>(unitKeys);
        args.add(year);
        return Store.query(c, "select d.unit_key, e.subject_name, e.id from evaluation e join declaration d"
                + " on d.id = e.declaration_id where d.unit_key in (" + marks(unitKeys.size()) + ")"
                + " and e.fiscal_year = ? and e.period = 'FULL_YEAR' and e.kind = 'SELF' order by e.created_seq desc",
                rs -> new Subject(rs.getString(1), rs.getString(2), rs.getString(3)), args.toArray());
    }

    /** The result JSON of each of the evaluations, by id. */
    static Map<String, String> results(Connection c, Collection<String> evaluationIds) {
        if (evaluationIds.isEmpty()) {
            return Map.of();
        }
        record Result(String evaluationId, String resultJson) {
        }
        return Store.query(c, "select id, result_json from evaluation where id in (" + marks(evaluationIds.size()) + ")",
                        rs -> new Result(rs.getString(1), rs.getString(2)), evaluationIds.toArray())
                .stream().collect(Collectors.toMap(Result::evaluationId, Result::resultJson));
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
