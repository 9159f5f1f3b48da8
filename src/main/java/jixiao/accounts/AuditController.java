package jixiao.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import jixiao.web.ApiErrors;
import jixiao.web.ApiSecuredErrors;
import jixiao.web.Limits;
import jixiao.web.QueryValues;

/**
 * {@code GET /api/v1/audit?from=&to=&user=&action=&page=&size=}: the trail, newest first, paged as the
 * declarations are. {@code from} and {@code to} are instants ({@code 2026-03-01T08:00:00Z}) or days
 * ({@code 2026-03-01}, in the service's time zone; {@code to} includes its day).
 */
@Controller("/api/v1/audit")
@Tag(name = "audit", description = "审计日志：谁在何时做了什么 / the audit trail: who did what, when")
@ApiErrors
@ApiSecuredErrors
@Secured({Roles.BUREAU, Roles.AUDITOR})
@SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU, Roles.AUDITOR})
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {
    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @Operation(operationId = "auditTrail", summary = "审计日志（分页，最新的在前），可按时间、用户、操作筛选 / the audit trail, "
            + "newest first, a page at a time, by time, user and action",
            description = "from、to 为日期（2026-03-01，本服务时区，to 含当日）或时刻（2026-03-01T08:00:00Z）。 "
                    + "from and to are days (the service's time zone; to includes its day) or instants.")
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
