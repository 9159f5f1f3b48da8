package jixiao.accounts;

import java.time.Instant;

/** An account as the API shows it: never its password hash. */
record AccountView(String username, Role role, String unit, boolean disabled, String createdBy, Instant createdAt) {

    static AccountView of(Account a) {
        return new AccountView(a.username(), a.role(), a.unit(), a.disabled(), a.createdBy(), a.createdAt());
    }
}
