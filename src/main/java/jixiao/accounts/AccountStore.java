package jixiao.accounts;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Accounts in the database, in portable SQL; each write runs in the caller's transaction. */
@Singleton
final class AccountStore {

    List<Account> all(Connection c) {
        return query(c, "select * from account order by username");
    }

    Optional<Account> find(Connection c, String username) {
        return query(c, "select * from account where username = ?", username).stream().findFirst();
    }

    void insert(Connection c, Account a) {
        update(c, "insert into account (username, password_hash, account_role, unit_name, unit_key, created_by,"
                + " created_at, password_changed_at, disabled) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.username(), a.passwordHash(), a.role().name(), a.unit(), Actor.unitKey(a.unit()), a.createdBy(),
                Timestamp.from(a.createdAt()), Timestamp.from(a.passwordChangedAt()), a.disabled());
    }

    void update(Connection c, Account a) {
        update(c, "update account set password_hash = ?, account_role = ?, unit_name = ?, unit_key = ?,"
                + " password_changed_at = ?, disabled = ? where username = ?",
                a.passwordHash(), a.role().name(), a.unit(), Actor.unitKey(a.unit()),
                Timestamp.from(a.passwordChangedAt()), a.disabled(), a.username());
    }

    /** Enabled bureau accounts other than {@code username}: the service must keep one. */
    long otherActiveBureaus(Connection c, String username) {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from account where account_role = ?"
                + " and disabled = false and username <> ?")) {
            ps.setString(1, Role.BUREAU.name());
            ps.setString(2, username);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static List<Account> query(Connection c, String sql, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Account> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Account(rs.getString("username"), rs.getString("password_hash"),
                            Role.valueOf(rs.getString("account_role")), rs.getString("unit_name"),
                            rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                            rs.getTimestamp("password_changed_at").toInstant(), rs.getBoolean("disabled")));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void update(Connection c, String sql, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
