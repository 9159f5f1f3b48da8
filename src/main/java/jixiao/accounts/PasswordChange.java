package jixiao.accounts;

import jixiao.web.JsonRequest;
import jixiao.web.RequestProblem;

/** {@code POST /api/v1/users/me/password}: the caller's old password and the new one. */
record PasswordChange(String oldPassword, String newPassword) implements JsonRequest {

    void check(String username) {
        if (oldPassword == null || oldPassword.isEmpty()) {
            throw new RequestProblem("MISSING_FIELD", "oldPassword is required", "oldPassword");
        }
        Passwords.requireAcceptable(newPassword, username, "newPassword");
    }
}
