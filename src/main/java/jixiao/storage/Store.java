package jixiao.storage;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Declarations, assessments and evaluations in the database, in portable SQL (H2 and PostgreSQL run
 * the same statements). Every write runs in one transaction: it lands whole or not at all.
 * Evaluations are only ever inserted.
 */
@Singleton
public class Store {
    private final TransactionOperations<Connection> tx;

    public Store(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /** A declaration as stored: its key fields and the declaration JSON as received. */
    public record Declaration(String id, String subjectType, String unit, String name, int year, String scoringTable,
                              int indicatorCount, String bodyJson, Instant createdAt, String createdBy) {
    }

    /** An assessment as received, with the account that sent it. */
    public record Assessment(String id, String declarationId, String period, int month, String bodyJson,
                             Instant receivedAt, String submittedBy) {
    }

    /** One deviation of an evaluation, kept beside the result for the bureau's queries. */
    public record Deviation(String type, String severity, String indicatorId, String level3, String message) {
    }

    /**
     * An evaluation: its key figures, the full result JSON and the versions it was computed with; its kind (a
     * self-assessment, or a bureau's review of the evaluation {@code reviewOf}).
     */
    public record Evaluation(String id, String declarationId, String assessmentId, String previousId, int year,
                             String subjectType, String unit, String name, String period, int month,
                             BigDecimal totalScore, String grade, String light, int deviationCount, int errorCount,
                             String rulesetVersion, String rulesVersion, String tablesVersion, String resultJson,
                             Instant createdAt, List<Deviation> deviations, String submittedBy, EvaluationKind kind,
                             String reviewOf) {
    }

    /** An evaluation with the exact inputs it was computed from. */
    public record EvaluationWithInputs(Evaluation evaluation, String declarationJson, String assessmentJson) {
    }

    /** A page of declarations. */
    public record Page(List<Declaration> items, int page, int size, long total) {
    }

    /** Runs {@code work} in one write transaction. */
    public <R> R write(Function<Connection, R> work) {
        return tx.executeWrite(status -> work.apply(status.getConnection()));
    }

    <R> R read(Function<Connection, R> work) {
        return tx.executeRead(status -> work.apply(status.getConnection()));
    }

    /** The target review's findings of a declaration being stored, as JSON, with the version that found them. */
    public record Findings(String declarationId, String findingsJson, String rulesetVersion, Instant reviewedAt) {
    }

    public void insert(Connection c, Declaration d) {
        Inserts.declarations(c, List.of(d));
    }

    public void insert(Connection c, Findings f) {
        Inserts.findings(c, List.of(f));
    }

    /** The findings stored with a declaration (none for one stored before reviews were kept). */
    public Optional<String> findings(String declarationId) {
        return read(c -> query(c, "select findings_json from declaration_review where declaration_id = ?",
                rs -> rs.getString("findings_json"), declarationId)).stream().findFirst();
    }

    public void insert(Connection c, Assessment a) {
        Inserts.assessments(c, List.of(a));
    }

    /** The evaluation with its deviations. */
    public void insert(Connection c, Evaluation e) {
        Inserts.evaluations(c, List.of(e));
    }

    public Optional<Declaration> declaration(String id) {
        return read(c -> query(c, "select * from declaration where id = ?", Store::declaration, id)).stream().findFirst();
    }

    /**
     * Declarations filtered by year, unit and subject type (each optional), newest first; {@code unitKey}
     * (a department's own unit, normalised; null: every unit) narrows them further.
     */
    public Page declarations(Integer year, String unit, String subjectType, String unitKey, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (unitKey != null) {
            where.append(" and unit_key = ?");
            args.add(unitKey);
        }
        if (year != null) {
            where.append(" and fiscal_year = ?");
            args.add(year);
        }
        if (unit != null) {
            where.append(" and subject_unit = ?");
            args.add(unit);
        }
        if (subjectType != null) {
            where.append(" and subject_type = ?");
            args.add(subjectType);
        }
        return read(c -> {
            long total = query(c, "select count(*) from declaration" + where, rs -> rs.getLong(1), args.toArray()).get(0);
            List<Object> pageArgs = new ArrayList<>(args);
            pageArgs.add(size);
            pageArgs.add((long) page * size);
            List<Declaration> items = query(c, "select * from declaration" + where
                    + " order by created_at desc, id limit ? offset ?", Store::declaration, pageArgs.toArray());
            return new Page(items, page, size, total);
        });
    }

    public Optional<EvaluationWithInputs> evaluation(String id) {
        return read(c -> {
            List<Evaluation> found = query(c, "select * from evaluation where id = ?", Store::evaluation, id);
            if (found.isEmpty()) {
                return Optional.<EvaluationWithInputs>empty();
            }
            Evaluation e = found.get(0);
            String declarationJson = query(c, "select body_json from declaration where id = ?", rs -> rs.getString(1),
                    e.declarationId()).get(0);
            String assessmentJson = query(c, "select body_json from assessment where id = ?", rs -> rs.getString(1),
                    e.assessmentId()).get(0);
            return Optional.of(new EvaluationWithInputs(e, declarationJson, assessmentJson));
        });
    }

    /**
     * The latest evaluation of each declaration of a year for one period (bind: year, period). One grouped
     * pass over the year's evaluations, then a lookup by (declaration_id, created_seq): a correlated max per
     * row made the year summary quadratic in the evaluations of a declaration (the soak stalled on it).
     * A declaration's evaluations all carry its year, so the latest of the year is the latest of all. Only
     * self-assessments count: a bureau's review (kind REVIEW) is never a subject's current result.
     */
    static final String LATEST = "select e.* from evaluation e join (select declaration_id,"
            + " max(created_seq) as latest_seq from evaluation where fiscal_year = ? and period = ? and kind = 'SELF'"
            + " group by declaration_id) m on m.declaration_id = e.declaration_id and e.created_seq = m.latest_seq";

    /** The current evaluation of every declaration of the year for the period (its latest one). */
    public List<Evaluation> latest(int year, String period) {
        return read(c -> query(c, LATEST + " order by e.total_score desc, e.subject_unit, e.subject_name",
                Store::evaluation, year, period));
    }

    /** Deviations of the year's current evaluations for the period: every ERROR, and the listed types. */
    public List<FlaggedDeviation> flagged(int year, String period, List<String> types) {
        String in = String.join(", ", types.stream().map(t -> "?").toList());
        List<Object> args = new ArrayList<>(List.of(year, period));
        args.addAll(types);
        return read(c -> query(c, "select e.id as evaluation_id, e.declaration_id, e.subject_unit, e.subject_name,"
                + " d.deviation_type, d.severity, d.indicator_id, d.level3, d.message from evaluation_deviation d"
                + " join (" + LATEST + ") e on e.id = d.evaluation_id"
                + " where d.severity = 'ERROR' or d.deviation_type in (" + in + ")"
                + " order by e.subject_unit, e.subject_name, d.seq", rs -> new FlaggedDeviation(
                        rs.getString("evaluation_id"), rs.getString("declaration_id"), rs.getString("subject_unit"),
                        rs.getString("subject_name"), rs.getString("deviation_type"), rs.getString("severity"),
                        rs.getString("indicator_id"), rs.getString("level3"), rs.getString("message")),
                args.toArray()));
    }

    public record FlaggedDeviation(String evaluationId, String declarationId, String unit, String name, String type,
                                   String severity, String indicatorId, String level3, String message) {
    }

    /** Declarations of the year without an assessment for the period. */
    public List<Declaration> notSubmitted(int year, String period) {
        return read(c -> query(c, "select * from declaration dcl where dcl.fiscal_year = ? and not exists"
                + " (select 1 from assessment a where a.declaration_id = dcl.id and a.period = ?)"
                + " order by dcl.subject_unit, dcl.subject_name", Store::declaration, year, period));
    }

    /** A review's comparison as stored (JSON), when {@code evaluationId} is a review. */
    public Optional<String> comparison(String evaluationId) {
        return read(c -> query(c, "select comparison_json from evaluation_review where evaluation_id = ?",
                rs -> rs.getString(1), evaluationId)).stream().findFirst();
    }

    /** Every evaluation of one declaration, oldest first. */
    public List<Evaluation> evaluationsOf(String declarationId) {
        return read(c -> query(c, "select * from evaluation where declaration_id = ? order by created_seq",
                Store::evaluation, declarationId));
    }

    public long declarationCount(int year) {
        return read(c -> query(c, "select count(*) from declaration where fiscal_year = ?", rs -> rs.getLong(1), year)
                .get(0));
    }

    /**
     * Every evaluation of the year (reviews too, marked by their kind), in creation order within each subject;
     * the CSV marks the current one among the self-assessments.
     */
    public List<Evaluation> allOfYear(int year) {
        return read(c -> query(c, "select * from evaluation where fiscal_year = ?"
                + " order by subject_unit, subject_name, declaration_id, created_seq", Store::evaluation, year));
    }

    private static Declaration declaration(ResultSet rs) throws SQLException {
        return new Declaration(rs.getString("id"), rs.getString("subject_type"), rs.getString("subject_unit"),
                rs.getString("subject_name"), rs.getInt("fiscal_year"), rs.getString("scoring_table"),
                rs.getInt("indicator_count"), rs.getString("body_json"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }

    static Evaluation evaluation(ResultSet rs) throws SQLException {
        return new Evaluation(rs.getString("id"), rs.getString("declaration_id"), rs.getString("assessment_id"),
                rs.getString("previous_id"), rs.getInt("fiscal_year"), rs.getString("subject_type"),
                rs.getString("subject_unit"), rs.getString("subject_name"), rs.getString("period"),
                rs.getInt("period_month"), rs.getBigDecimal("total_score"), rs.getString("grade"), rs.getString("light"),
                rs.getInt("deviation_count"), rs.getInt("error_count"), rs.getString("ruleset_version"),
                rs.getString("rules_version"), rs.getString("tables_version"), rs.getString("result_json"),
                rs.getTimestamp("created_at").toInstant(), List.of(), rs.getString("submitted_by"),
                EvaluationKind.valueOf(rs.getString("kind")), rs.getString("review_of"));
    }

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> query(Connection c, String sql, Row<T> row, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    static void update(Connection c, String sql, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    /** A database failure: the transaction it happened in is rolled back. */
    public static final class StoreException extends RuntimeException {
        StoreException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
