package jixiao.storage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jixiao.web.ApiErrors;
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
@Tag(name = "years", description = "财政局的年度视图 / the bureau's view of a year")
@ApiErrors
@ExecuteOn(TaskExecutors.BLOCKING)
class ExportController {
    private static final MediaType CSV = new MediaType("text/csv; charset=utf-8");
    private final Store store;

    ExportController(Store store) {
        this.store = store;
    }

    /** Every evaluation of the year, one row each, UTF-8 with a BOM so that Excel opens it. */
    @Operation(summary = "年度全部评价 CSV（Excel 可直接打开）/ every evaluation of a year as CSV")
    @ApiResponse(responseCode = "200", description = "CSV（UTF-8，带 BOM）/ CSV, UTF-8 with a BOM",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    @Get(uri = "/api/v1/years/{year}/evaluations.csv", produces = "text/csv")
    HttpResponse<byte[]> evaluations(@PathVariable int year) {
        QueryValues.within(year, "year", Limits.MIN_YEAR, Limits.MAX_YEAR);
        byte[] body = Csv.of(store.allOfYear(year)).getBytes(StandardCharsets.UTF_8);
        return HttpResponse.ok(body).contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"jixiao-" + year + "-evaluations.csv\"");
    }
}
