package jixiao.accounts;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only audit trail: entries are only inserted — inside the transaction of the write they record
 * ({@link #record(Connection, AuditEntry)}: the entry lands with the write or not at all), or on their own for
 * what stores nothing else (a login, an export) — and read back filtered and paged, newest first.
 */
@Singleton
public class AuditTrail {
    private static final int DETAIL_CHARS = 2000;
    private static final int NAME_CHARS = 100;
    private final TransactionOperations<Connection> tx;

    AuditTrail(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /** Written in the caller's transaction. */
    public void record(Connection c, AuditEntry e) {
        try (PreparedStatement ps = c.prepareStatement("insert into audit_event (occurred_at, username, account_role,"
                + " action, target_id, outcome, detail) values (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.from(e.time()));
            ps.setString(2, cut(e.user(), NAME_CHARS));
            ps.setString(3, e.role() == null ? null : e.role().name());
            ps.setString(4, e.action().name());
            ps.setString(5, cut(e.targetId(), NAME_CHARS));
            ps.setString(6, e.outcome().name());
            ps.setString(7, cut(e.detail(), DETAIL_CHARS));
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException("the audit entry cannot be written: " + ex.getMessage(), ex);
        }
    }

    /** Written in a transaction of its own. */
    public void record(AuditEntry e) {
        tx.executeWrite(status -> {
            record(status.getConnection(), e);
            return null;
        });
    }

    /** A filter of the trail: each part optional (null). */
    record Query(Instant from, Instant to, String user, AuditAction action) {
    }

    record Page(List<AuditEntry> items, int page, int size, long total, long totalPages) {
    }

    Page find(Query q, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.from() != null) {
            where.append(" and occurred_at >= ?");
            args.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            where.append(" and occurred_at < ?");
            args.add(Timestamp.from(q.to()));
        }
        if (q.user() != null) {
            where.append(" and username = ?");
            args.add(q.user());
        }
        if (q.action() != null) {
            where.append(" and action = ?");
            args.add(q.action().name());
        }
        return tx.executeRead(status -> {
            Connection c = status.getConnection();
            long total = count(c, "select count(*) from audit_event" + where, args);
            List<Object> pageArgs = new ArrayList<>(args);
            pageArgs.add(size);
            pageArgs.add((long) page * size);
            List<AuditEntry> items = entries(c, "select * from audit_event" + where
                    + " order by occurred_at desc, id desc limit ? offset ?", pageArgs);
            return new Page(items, page, size, total, (total + size - 1) / size);
        });
    }

    private static long count(Connection c, String sql, List<Object> args) {
        try (PreparedStatement ps = bind(c, sql, args); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static List<AuditEntry> entries(Connection c, String sql, List<Object> args) {
        try (PreparedStatement ps = bind(c, sql, args); ResultSet rs = ps.executeQuery()) {
            List<AuditEntry> out = new ArrayList<>();
            while (rs.next()) {
                String role = rs.getString("account_role");
                out.add(new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("username"), role == null ? null : Role.valueOf(role),
                        AuditAction.valueOf(rs.getString("action")), rs.getString("target_id"),
                        Outcome.valueOf(rs.getString("outcome")), rs.getString("detail")));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static PreparedStatement bind(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
        return ps;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
