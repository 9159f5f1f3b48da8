package jixiao.storage;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import jixiao.web.Limits;
import jixiao.web.QueryValues;

/** The stored year as files: every evaluation of a year as CSV that opens in Excel. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ExportController {
    private static final MediaType CSV = new MediaType("text/csv; charset=utf-8");
    private final Store store;

    ExportController(Store store) {
        this.store = store;
    }

    @Get(uri = "/api/v1/years/{year}/evaluations.csv", produces = "text/csv")
    HttpResponse<byte[]> evaluations(@PathVariable int year) {
        QueryValues.within(year, "year", Limits.MIN_YEAR, Limits.MAX_YEAR);
        byte[] body = Csv.of(store.allOfYear(year)).getBytes(StandardCharsets.UTF_8);
        return HttpResponse.ok(body).contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"jixiao-" + year + "-evaluations.csv\"");
    }
}
