package jixiao.accounts;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import jixiao.web.ApiProblem;
import jixiao.web.NotFound;
import jixiao.web.RequestProblem;

/**
 * The accounts: created, changed and checked here. Every account is also held in memory, replaced as soon as
 * a change commits, so that each request's token is checked against the account as it is now (a disabled
 * account's tokens stop working at once) without a query per request. Each change and its audit entry are
 * written in one transaction.
 */
@Singleton
public class Accounts {
    private final TransactionOperations<Connection> tx;
    private final AccountStore store;
    private final AuditTrail audit;
    private final Map<String, Account> current = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    Accounts(TransactionOperations<Connection> tx, AccountStore store, AuditTrail audit) {
        this.tx = tx;
        this.store = store;
        this.audit = audit;
    }

    /** The account as it is now, from memory (read from the database once). */
    Optional<Account> find(String username) {
        load();
        return username == null ? Optional.empty() : Optional.ofNullable(current.get(username));
    }

    /** No account exists yet: the stored year is closed until one is created at start-up. */
    public boolean none() {
        load();
        return current.isEmpty();
    }

    private void load() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    tx.executeRead(s -> store.all(s.getConnection())).forEach(a -> current.put(a.username(), a));
                    loaded = true;
                }
            }
        }
    }

    List<Account> all() {
        return tx.executeRead(s -> store.all(s.getConnection()));
    }

    /** A new account, by {@code creator} (null: the service at its first start). */
    Account create(NewAccount request, Actor creator) {
        NewAccount.Checked checked = request.check();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Account account = new Account(checked.username(), Passwords.hash(checked.password()), checked.role(),
                checked.unit(), creator == null ? null : creator.username(), now, now, false);
        return write(c -> {
            if (store.find(c, account.username()).isPresent()) {
                throw new ApiProblem(HttpStatus.CONFLICT, "USERNAME_TAKEN", "username '" + account.username()
                        + "' is already taken", "username");
            }
            store.insert(c, account);
            audit.record(c, AuditEntry.of(creator, AuditAction.ACCOUNT_CREATED, account.username(), Outcome.SUCCESS,
                    "role=" + account.role() + (account.unit() == null ? "" : ", unit=" + account.unit())));
            return account;
        });
    }

    /** Role, unit or disabled changed; the service always keeps one enabled bureau account. */
    Account change(String username, AccountChange request, Actor by) {
        return write(c -> {
            Account old = store.find(c, username).orElseThrow(() -> new NotFound("account", username, "username"));
            Account changed = request.applyTo(old);
            if (old.role() == Role.BUREAU && !old.disabled() && (changed.role() != Role.BUREAU || changed.disabled())
                    && store.otherActiveBureaus(c, username) == 0) {
                throw new ApiProblem(HttpStatus.CONFLICT, "LAST_BUREAU", "'" + username
                        + "' is the last enabled BUREAU account; create or enable another first", "");
            }
            store.update(c, changed);
            audit.record(c, AuditEntry.of(by, AuditAction.ACCOUNT_CHANGED, username, Outcome.SUCCESS,
                    request.describe()));
            return changed;
        });
    }

    /** The caller's own password, after the old one is checked (a wrong one counts as a failed login). */
    void changePassword(Actor actor, PasswordChange request, LoginThrottle throttle, String address) {
        request.check(actor.username());
        throttle.check(actor.username(), address);
        Account account = find(actor.username()).orElseThrow();
        if (!Passwords.matches(request.oldPassword(), account.passwordHash())) {
            throttle.failed(actor.username(), address);
            audit.record(AuditEntry.of(actor, AuditAction.PASSWORD_CHANGED, actor.username(), Outcome.FAILURE,
                    "wrong old password"));
            throw new RequestProblem("WRONG_PASSWORD", "oldPassword is not this account's password", "oldPassword");
        }
        Account changed = account.withPassword(Passwords.hash(request.newPassword()),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
        write(c -> {
            store.update(c, changed);
            audit.record(c, AuditEntry.of(actor, AuditAction.PASSWORD_CHANGED, actor.username(), Outcome.SUCCESS, null));
            return changed;
        });
    }

    /** The enabled account these credentials name, or empty (an unknown name costs the time of a wrong password). */
    Optional<Account> authenticate(String username, String password) {
        Optional<Account> account = find(username);
        boolean matches = Passwords.matches(password, account.map(Account::passwordHash).orElse(null));
        return matches && !account.get().disabled() ? account : Optional.empty();
    }

    /** Runs a change in one transaction; once it has committed, the account in memory is replaced. */
    private Account write(Function<Connection, Account> change) {
        load();
        Account done = tx.executeWrite(s -> change.apply(s.getConnection()));
        current.put(done.username(), done);
        return done;
    }
}
