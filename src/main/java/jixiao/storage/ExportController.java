package jixiao.storage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import jixiao.web.ApiErrors;
import jixiao.web.ApiSecuredErrors;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.nio.charset.StandardCharsets;
import jixiao.forms.FormWords;
import jixiao.forms.TableWorkbook;
import jixiao.scoring.Evaluators;
import jixiao.scoring.Period;
import jixiao.web.Attachment;
import jixiao.web.Limits;
import jixiao.web.QueryValues;
import java.util.List;
import jixiao.accounts.Actor;
import jixiao.accounts.AuditAction;
import jixiao.accounts.AuditEntry;
import jixiao.accounts.AuditTrail;
import jixiao.accounts.Outcome;
import jixiao.accounts.Roles;

/**
 * The stored year as files: every evaluation of a year as CSV that opens in Excel and the year summary as the
 * bureau's workbook (the bureau and auditors; each export audited), and one evaluation as the scored
 * 绩效自评表 (whoever may read that evaluation).
 */
@Controller
@Tag(name = "years", description = "财政局的年度视图 / the bureau's view of a year")
@ApiErrors
@ApiSecuredErrors
@Secured({Roles.BUREAU, Roles.AUDITOR})
// no class-level @SecurityRequirement: micronaut-openapi adds a method's to the class's instead of replacing it
@ExecuteOn(TaskExecutors.BLOCKING)
class ExportController {
    private static final MediaType CSV = new MediaType("text/csv; charset=utf-8");
    private final Store store;
    private final YearSummaries summaries;
    private final EvaluationWorkbooks evaluations;
    private final FormWords words;
    private final Evaluators evaluators;
    private final AuditTrail audit;

    ExportController(Store store, YearSummaries summaries, EvaluationWorkbooks evaluations, FormWords words,
                     Evaluators evaluators, AuditTrail audit) {
        this.store = store;
        this.summaries = summaries;
        this.evaluations = evaluations;
        this.words = words;
        this.evaluators = evaluators;
        this.audit = audit;
    }

    /** Every evaluation of the year, one row each, UTF-8 with a BOM so that Excel opens it. */
    @Operation(summary = "年度全部评价 CSV（Excel 可直接打开）/ every evaluation of a year as CSV")
    @ApiResponse(responseCode = "200", description = "CSV（UTF-8，带 BOM）/ CSV, UTF-8 with a BOM",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU, Roles.AUDITOR})
    @Get(uri = "/api/v1/years/{year}/evaluations.csv", produces = "text/csv")
    HttpResponse<byte[]> evaluations(@PathVariable int year, @Parameter(hidden = true) Actor actor) {
        QueryValues.within(year, "year", Limits.MIN_YEAR, Limits.MAX_YEAR);
        List<Store.Evaluation> rows = store.allOfYear(year);
        byte[] body = Csv.of(rows).getBytes(StandardCharsets.UTF_8);
        audit.record(AuditEntry.of(actor, AuditAction.YEAR_EXPORTED, Integer.toString(year), Outcome.SUCCESS,
                "format=csv, evaluations=" + rows.size()));
        return HttpResponse.ok(body).contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"jixiao-" + year + "-evaluations.csv\"");
    }

    /** The JSON summary of the same year and period, as sheets (概览, 排名, 单位排名, 偏差, 未报送). */
    @Operation(summary = "年度汇总工作簿 / the year summary as the bureau's workbook")
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU, Roles.AUDITOR})
    @Get(uri = "/api/v1/years/{year}/summary.xlsx", produces = MediaType.MICROSOFT_EXCEL_OPEN_XML)
    HttpResponse<byte[]> summary(@PathVariable int year, @QueryValue(defaultValue = "FULL_YEAR") Period period,
                                 @Parameter(hidden = true) Actor actor) {
        YearSummary summary = summaries.of(year, period);
        audit.record(AuditEntry.of(actor, AuditAction.YEAR_EXPORTED, Integer.toString(year), Outcome.SUCCESS,
                "format=xlsx, period=" + period + ", evaluated=" + summary.evaluated()));
        String half = period == Period.HALF_YEAR ? "-half-year" : "";
        return Attachment.of(TableWorkbook.write(yearWorkbook(year).sheets(summary)), Attachment.XLSX,
                "jixiao-" + year + half + "-summary.xlsx",
                year + "年度" + (period == Period.HALF_YEAR ? "半年监控" : "绩效自评") + "汇总.xlsx");
    }

    /** The year's workbook, with the lights' words of the tables in force for that year. */
    private YearWorkbook yearWorkbook(int year) {
        return new YearWorkbook(words.export().severities(), evaluators.forYear(year).ruleset().tables().policy());
    }

    /** The evaluation as the 绩效自评表, with the inputs and result it was stored with. */
    @Operation(summary = "评价的绩效自评表 .xlsx / a stored evaluation as the scored 绩效自评表")
    @Secured({Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @Get(uri = "/api/v1/evaluations/{id}.xlsx", produces = MediaType.MICROSOFT_EXCEL_OPEN_XML)
    HttpResponse<byte[]> evaluation(@PathVariable EvaluationId id, @Parameter(hidden = true) Actor actor) {
        EvaluationWorkbooks.Workbook workbook = evaluations.of(id, actor);
        return Attachment.of(workbook.bytes(), Attachment.XLSX, "jixiao-evaluation-" + id.value() + ".xlsx",
                workbook.fileName());
    }
}
