package jixiao.storage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jixiao.web.ApiErrors;
import jixiao.web.ApiSecuredErrors;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jixiao.accounts.Roles;
import jixiao.scoring.Period;

/** The bureau's view of a year: year-end by default, or mid-year with {@code period=HALF_YEAR}. */
@Controller("/api/v1/years/{year}/summary")
@Tag(name = "years")
@ApiErrors
@ApiSecuredErrors
@Secured({Roles.BUREAU, Roles.AUDITOR})
@SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU, Roles.AUDITOR})
@ExecuteOn(TaskExecutors.BLOCKING)
class YearController {
    private final YearSummaries summaries;

    YearController(YearSummaries summaries) {
        this.summaries = summaries;
    }

    /** Grades, scores, ranking, deviations and who has not reported, from each declaration's latest evaluation of the period. */
    @Operation(summary = "年度汇总（年终或半年监控）/ the year's summary, year-end or mid-year")
    @Get(produces = MediaType.APPLICATION_JSON)
    YearSummary summary(@PathVariable int year, @QueryValue(defaultValue = "FULL_YEAR") Period period) {
        return summaries.of(year, period);
    }
}
