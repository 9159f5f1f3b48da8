package jixiao.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import jixiao.web.Limits;
import jixiao.web.QueryValues;

/**
 * {@code GET /api/v1/audit?from=&to=&user=&action=&page=&size=}: the trail, newest first, paged as the
 * declarations are. {@code from} and {@code to} are instants ({@code 2026-03-01T08:00:00Z}) or days
 * ({@code 2026-03-01}, in the service's time zone; {@code to} includes its day).
 */
@Controller("/api/v1/audit")
@Secured({Roles.BUREAU, Roles.AUDITOR})
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {
    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    AuditTrail.Page list(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                         @Nullable @QueryValue String user, @Nullable @QueryValue AuditAction action,
                         @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        QueryValues.within(page, "page", 0, Integer.MAX_VALUE / 1000);
        QueryValues.within(size, "size", 1, 500);
        return trail.find(new AuditTrail.Query(instant(from, "from", false), instant(to, "to", true),
                user == null || user.isEmpty() ? null : user, action), page, size);
    }

    private static Instant instant(String value, String name, boolean endOfDay) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneId.systemDefault()).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Limits.invalid(name + " must be a day (2026-03-01) or an instant (2026-03-01T08:00:00Z)", name);
        }
    }
}
