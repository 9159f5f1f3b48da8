package jixiao.storage;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jixiao.scoring.Period;

/** The bureau's view of a year: year-end by default, or mid-year with {@code period=HALF_YEAR}. */
@Controller("/api/v1/years/{year}/summary")
@ExecuteOn(TaskExecutors.BLOCKING)
class YearController {
    private final YearSummaries summaries;

    YearController(YearSummaries summaries) {
        this.summaries = summaries;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    YearSummary summary(@PathVariable int year, @QueryValue(defaultValue = "FULL_YEAR") Period period) {
        return summaries.of(year, period);
    }
}
