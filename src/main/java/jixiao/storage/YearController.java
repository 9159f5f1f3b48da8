package jixiao.storage;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jixiao.accounts.Roles;
import jixiao.scoring.Evaluator;
import jixiao.scoring.Period;
import jixiao.web.Limits;
import jixiao.web.QueryValues;

/** The bureau's view of a year: year-end by default, or mid-year with {@code period=HALF_YEAR}. */
@Controller("/api/v1/years/{year}/summary")
@Secured({Roles.BUREAU, Roles.AUDITOR})
@ExecuteOn(TaskExecutors.BLOCKING)
class YearController {
    private final Store store;
    private final Evaluator evaluator;

    YearController(Store store, Evaluator evaluator) {
        this.store = store;
        this.evaluator = evaluator;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    YearSummary summary(@PathVariable int year, @QueryValue(defaultValue = "FULL_YEAR") Period period) {
        QueryValues.within(year, "year", Limits.MIN_YEAR, Limits.MAX_YEAR);
        return YearSummary.of(year, period, store.declarationCount(year), store.latest(year, period.name()),
                store.flagged(year, period.name(), YearSummary.flaggedTypes(period)),
                store.notSubmitted(year, period.name()), evaluator.ruleset().tables().policy());
    }
}
