package jixiao.accounts;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import jixiao.web.RequestProblem;

/**
 * Password hashing with BCrypt (at.favre.lib:bcrypt, cost 10: tens of milliseconds a check, by design) and
 * the password policy: 10 to 200 characters, not the username. Passwords over BCrypt's 72 bytes are
 * pre-hashed with SHA-512 by the library, so every character counts.
 */
final class Passwords {
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;
    private static final int COST = 10;
    private static final BCrypt.Hasher HASHER =
            BCrypt.with(BCrypt.Version.VERSION_2A, LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2A));
    private static final BCrypt.Verifyer VERIFYER =
            BCrypt.verifyer(BCrypt.Version.VERSION_2A, LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2A));
    /** Checked against when a username is unknown, so an unknown name costs what a wrong password does. */
    private static final String DUMMY = hash("no account has this password, it only spends the time");

    private Passwords() {
    }

    static String hash(String password) {
        return HASHER.hashToString(COST, password.toCharArray());
    }

    /** Whether {@code password} matches {@code hash}; a null hash (no such account) spends the same time and fails. */
    static boolean matches(String password, String hash) {
        boolean verified = VERIFYER.verify(password.toCharArray(), hash == null ? DUMMY : hash).verified;
        return verified && hash != null;
    }

    /** The policy, as a 400 naming {@code path}. */
    static void requireAcceptable(String password, String username, String path) {
        if (password == null || password.isEmpty()) {
            throw new RequestProblem("MISSING_FIELD", path + " is required", path);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new RequestProblem("INVALID_VALUE", path + " must have " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters", path);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new RequestProblem("INVALID_VALUE", path + " must not be the username", path);
        }
    }
}
