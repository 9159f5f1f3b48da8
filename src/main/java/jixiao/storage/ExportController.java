package jixiao.storage;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jixiao.accounts.Actor;
import jixiao.accounts.AuditAction;
import jixiao.accounts.AuditEntry;
import jixiao.accounts.AuditTrail;
import jixiao.accounts.Outcome;
import jixiao.accounts.Roles;
import jixiao.web.Limits;
import jixiao.web.QueryValues;

/** The stored year as files: every evaluation of a year as CSV that opens in Excel; each export audited. */
@Controller
@Secured({Roles.BUREAU, Roles.AUDITOR})
@ExecuteOn(TaskExecutors.BLOCKING)
class ExportController {
    private static final MediaType CSV = new MediaType("text/csv; charset=utf-8");
    private final Store store;
    private final AuditTrail audit;

    ExportController(Store store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    @Get(uri = "/api/v1/years/{year}/evaluations.csv", produces = "text/csv")
    HttpResponse<byte[]> evaluations(@PathVariable int year, Actor actor) {
        QueryValues.within(year, "year", Limits.MIN_YEAR, Limits.MAX_YEAR);
        List<Store.Evaluation> rows = store.allOfYear(year);
        byte[] body = Csv.of(rows).getBytes(StandardCharsets.UTF_8);
        audit.record(AuditEntry.of(actor, AuditAction.YEAR_EXPORTED, Integer.toString(year), Outcome.SUCCESS,
                "format=csv, evaluations=" + rows.size()));
        return HttpResponse.ok(body).contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"jixiao-" + year + "-evaluations.csv\"");
    }
}
