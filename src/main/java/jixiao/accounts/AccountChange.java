package jixiao.accounts;

import java.util.ArrayList;
import java.util.List;
import jixiao.web.Fields;
import jixiao.web.JsonRequest;

/**
 * {@code PATCH /api/v1/users/{username}}: any of disabled, role and unit; what is absent stays. A role other
 * than DEPARTMENT drops the unit; a department keeps its unit unless a new one is given. Nothing else can be
 * changed, and a field that would change something else is refused, not ignored (an ignored password would pass
 * for a password reset).
 */
@Fields.Closed("the fields of an account that can be changed; its password is changed by the account itself with "
        + "POST /api/v1/users/me/password, and a username never changes")
record AccountChange(@Fields.Flag Boolean disabled, @Fields.Kind Role role, String unit) implements JsonRequest {

    Account applyTo(Account old) {
        Role newRole = role == null ? old.role() : role;
        String newUnit = unit != null ? unit : newRole == Role.DEPARTMENT ? old.unit() : null;
        return old.with(newRole, NewAccount.unitFor(newRole, newUnit), disabled == null ? old.disabled() : disabled);
    }

    /** The audit entry's detail: the fields sent. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (disabled != null) {
            parts.add("disabled=" + disabled);
        }
        if (role != null) {
            parts.add("role=" + role);
        }
        if (unit != null) {
            parts.add("unit=" + unit);
        }
        return String.join(", ", parts);
    }
}
