package jixiao.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import jixiao.accounts.Actor;

/**
 * The rows of declarations, their findings, assessments and evaluations (with their deviations), inserted
 * table by table: one prepared statement per table for all the rows given, sent as one JDBC batch. A group of
 * batch items thus costs a handful of statements instead of five per item (on PostgreSQL, a round trip each).
 * Callers insert the tables in the order their foreign keys need: declarations, findings, assessments,
 * evaluations (deviations follow their evaluations here).
 */
final class Inserts {
    private static final String DECLARATION = "insert into declaration (id, subject_type, subject_unit, subject_name,"
            + " fiscal_year, scoring_table, indicator_count, body_json, created_at, unit_key, created_by)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String FINDINGS = "insert into declaration_review (declaration_id, findings_json,"
            + " ruleset_version, reviewed_at) values (?, ?, ?, ?)";
    private static final String ASSESSMENT = "insert into assessment (id, declaration_id, period, period_month,"
            + " body_json, received_at, submitted_by) values (?, ?, ?, ?, ?, ?, ?)";
    private static final String EVALUATION = "insert into evaluation (id, declaration_id, assessment_id, previous_id,"
            + " fiscal_year, subject_type, subject_unit, subject_name, period, period_month, total_score, grade, light,"
            + " deviation_count, error_count, ruleset_version, rules_version, tables_version, result_json, created_at,"
            + " submitted_by, kind, review_of) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DEVIATION = "insert into evaluation_deviation (evaluation_id, seq, deviation_type,"
            + " severity, indicator_id, level3, message) values (?, ?, ?, ?, ?, ?, ?)";

    private Inserts() {
    }

    static void declarations(Connection c, List<Store.Declaration> rows) {
        batch(c, DECLARATION, rows, d -> new Object[]{d.id(), d.subjectType(), d.unit(), d.name(), d.year(),
                d.scoringTable(), d.indicatorCount(), d.bodyJson(), Timestamp.from(d.createdAt()),
                Actor.unitKey(d.unit()), d.createdBy()});
    }

    static void findings(Connection c, List<Store.Findings> rows) {
        batch(c, FINDINGS, rows, f -> new Object[]{f.declarationId(), f.findingsJson(), f.rulesetVersion(),
                Timestamp.from(f.reviewedAt())});
    }

    static void assessments(Connection c, List<Store.Assessment> rows) {
        batch(c, ASSESSMENT, rows, a -> new Object[]{a.id(), a.declarationId(), a.period(), a.month(), a.bodyJson(),
                Timestamp.from(a.receivedAt()), a.submittedBy()});
    }

    /** The evaluations, then the deviations of them all. */
    static void evaluations(Connection c, List<Store.Evaluation> rows) {
        batch(c, EVALUATION, rows, e -> new Object[]{e.id(), e.declarationId(), e.assessmentId(), e.previousId(),
                e.year(), e.subjectType(), e.unit(), e.name(), e.period(), e.month(), e.totalScore(), e.grade(),
                e.light(), e.deviationCount(), e.errorCount(), e.rulesetVersion(), e.rulesVersion(), e.tablesVersion(),
                e.resultJson(), Timestamp.from(e.createdAt()), e.submittedBy(), e.kind().name(), e.reviewOf()});
        try (PreparedStatement ps = c.prepareStatement(DEVIATION)) {
            int count = 0;
            for (Store.Evaluation e : rows) {
                for (int i = 0; i < e.deviations().size(); i++) {
                    Store.Deviation d = e.deviations().get(i);
                    Store.bind(ps, e.id(), i, d.type(), d.severity(), d.indicatorId(), d.level3(), d.message());
                    ps.addBatch();
                    count++;
                }
            }
            if (count > 0) {
                ps.executeBatch();
            }
        } catch (SQLException ex) {
            throw new Store.StoreException(ex);
        }
    }

    /** The values of a row, in the order of its statement's parameters. */
    @FunctionalInterface
    private interface Values<T> {
        Object[] of(T row);
    }

    private static <T> void batch(Connection c, String sql, List<T> rows, Values<T> values) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (T row : rows) {
                Store.bind(ps, values.of(row));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new Store.StoreException(e);
        }
    }
}
