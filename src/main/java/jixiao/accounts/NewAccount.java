package jixiao.accounts;

import java.util.regex.Pattern;
import jixiao.web.Fields;
import jixiao.web.JsonRequest;
import jixiao.web.RequestProblem;

/** {@code POST /api/v1/users}: a new account; a department's account names its unit, no other does. */
record NewAccount(String username, String password, @Fields.Kind Role role, String unit) implements JsonRequest {
    /** Letters (Chinese too), digits and {@code . _ - @}; {@code me} names the caller in paths. */
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    record Checked(String username, String password, Role role, String unit) {
    }

    Checked check() {
        requireUsername(username);
        Passwords.requireAcceptable(password, username, "password");
        if (role == null) {
            throw new RequestProblem("MISSING_FIELD", "role is required: BUREAU, DEPARTMENT or AUDITOR", "role");
        }
        return new Checked(username, password, role, unitFor(role, unit));
    }

    static void requireUsername(String username) {
        if (username == null || username.isEmpty()) {
            throw new RequestProblem("MISSING_FIELD", "username is required", "username");
        }
        if (!USERNAME.matcher(username).matches() || username.equals("me")) {
            throw new RequestProblem("INVALID_VALUE", "username must be 1 to 64 letters, digits or . _ - @ (and not 'me')",
                    "username");
        }
    }

    /** A department's unit (required, stripped, at most 500 characters); null for the other roles. */
    static String unitFor(Role role, String unit) {
        boolean given = unit != null && !unit.isBlank();
        if (role == Role.DEPARTMENT && !given) {
            throw new RequestProblem("MISSING_FIELD", "unit is required for a DEPARTMENT account", "unit");
        }
        if (role != Role.DEPARTMENT && given) {
            throw new RequestProblem("INVALID_VALUE", "unit is only for a DEPARTMENT account", "unit");
        }
        if (given && unit.strip().length() > 500) {
            throw new RequestProblem("INVALID_VALUE", "unit is longer than 500 characters", "unit");
        }
        return given ? unit.strip() : null;
    }
}
