package jixiao.accounts;

import io.micronaut.http.HttpStatus;
import jixiao.indicator.Normaliser;
import jixiao.web.ApiProblem;
import jixiao.web.NotFound;

/**
 * Who sends a request: the account behind its token, as it is now (role and unit are read from the
 * account on every request, not from the token). Bound as a controller argument ({@link ActorBinder}).
 * The unit rules live here, one call each, so every route applies them alike:
 * {@link #requireVisible} (another unit's record is a 404 for a department), {@link #requireWritable}
 * (writing for another unit is a 403) and {@link #unitFilter} (what a list is narrowed to).
 * A route marks the argument {@code @Parameter(hidden = true)}: the client sends no such parameter, and
 * micronaut-openapi reads only the argument's own annotations (not {@code @Hidden} on this type).
 */
public record Actor(String username, Role role, String unit) {

    /** A unit's name as units are compared: whitespace removed, full-width forms folded (scoring.md §1.1). */
    public static String unitKey(String unit) {
        return unit == null ? null : Normaliser.foldVariants(unit);
    }

    /** Whether this account may see a record of {@code unit}: a department its own unit only. */
    public boolean maySee(String unit) {
        return role != Role.DEPARTMENT || unitKey(this.unit).equals(unitKey(unit));
    }

    /** A record of another unit does not exist for a department: 404, as an unknown id. */
    public void requireVisible(String unit, String kind, String id) {
        if (!maySee(unit)) {
            throw new NotFound(kind, id, "id");
        }
    }

    /** Writing for another unit is refused (403) for a department; {@code path} names the unit's field. */
    public void requireWritable(String unit, String path) {
        if (!maySee(unit)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "FORBIDDEN", path + " '" + unit
                    + "' is not this account's unit; a department account writes for its own unit only", path);
        }
    }

    /** The unit key a list is narrowed to (a department's own), or null for every unit. */
    public String unitFilter() {
        return role == Role.DEPARTMENT ? unitKey(unit) : null;
    }
}
