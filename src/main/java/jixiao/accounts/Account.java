package jixiao.accounts;

import java.time.Instant;

/** An account as stored: its BCrypt hash, never the password; a department's unit as entered. */
public record Account(String username, String passwordHash, Role role, String unit, String createdBy,
                      Instant createdAt, Instant passwordChangedAt, boolean disabled) {

    Actor actor() {
        return new Actor(username, role, unit);
    }

    Account withPassword(String hash, Instant changedAt) {
        return new Account(username, hash, role, unit, createdBy, createdAt, changedAt, disabled);
    }

    Account with(Role newRole, String newUnit, boolean isDisabled) {
        return new Account(username, passwordHash, newRole, newUnit, createdBy, createdAt, passwordChangedAt, isDisabled);
    }
}
