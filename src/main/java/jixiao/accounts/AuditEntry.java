package jixiao.accounts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One line of the audit trail: when, who (username and role at the time; null for the service itself), what,
 * on which record, how it ended, and a short detail (item counts, the changed fields, a file format).
 */
public record AuditEntry(long id, Instant time, String user, Role role, AuditAction action, String targetId,
                         Outcome outcome, String detail) {

    /** An entry of {@code actor} (null: the service itself) to be written now. */
    public static AuditEntry of(Actor actor, AuditAction action, String targetId, Outcome outcome, String detail) {
        return new AuditEntry(0, Instant.now().truncatedTo(ChronoUnit.MILLIS), actor == null ? null : actor.username(),
                actor == null ? null : actor.role(), action, targetId, outcome, detail);
    }

    /** An entry of someone not (yet) known to be an account holder: a failed login names whom it tried. */
    static AuditEntry attempt(String username, AuditAction action, Outcome outcome, String detail) {
        return new AuditEntry(0, Instant.now().truncatedTo(ChronoUnit.MILLIS), username, null, action, username, outcome, detail);
    }
}
