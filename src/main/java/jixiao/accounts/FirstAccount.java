package jixiao.accounts;

import io.micronaut.context.annotation.Context;
import jixiao.web.RequestProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, while no account exists: {@code JIXIAO_ADMIN_PASSWORD} creates the account {@code admin}
 * (BUREAU); without it the stored year stays closed ({@code 503 SETUP_REQUIRED}, see {@link SetupGate}) and
 * the log says how to open it. A password the policy refuses stops the start, naming the variable. Once an
 * account exists the variable is ignored (it never resets a password).
 */
@Context
final class FirstAccount {
    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAccount.class);

    FirstAccount(Accounts accounts, AccountsConfig config) {
        String password = config.adminPassword();
        boolean given = password != null && !password.isEmpty();
        if (!accounts.none()) {
            if (given) {
                LOG.info("accounts exist: JIXIAO_ADMIN_PASSWORD is ignored (it only creates the first account)");
            }
            return;
        }
        if (!given) {
            LOG.warn("no account exists: the stored year's endpoints answer 503 SETUP_REQUIRED. Start the service with"
                    + " JIXIAO_ADMIN_PASSWORD=<a password of {} to {} characters> to create the account '{}' (role BUREAU),"
                    + " then log in with POST /login", Passwords.MIN_LENGTH, Passwords.MAX_LENGTH, USERNAME);
            return;
        }
        try {
            accounts.create(new NewAccount(USERNAME, password, Role.BUREAU, null), null);
        } catch (RequestProblem e) {
            throw new IllegalStateException("JIXIAO_ADMIN_PASSWORD cannot be used: " + e.getMessage()
                    .replace("password", "the password"), e);
        }
        LOG.info("created the account '{}' (BUREAU) from JIXIAO_ADMIN_PASSWORD", USERNAME);
    }
}
