package jixiao.storage;

import jakarta.inject.Singleton;
import jixiao.scoring.Evaluators;
import jixiao.scoring.Period;
import jixiao.web.Limits;
import jixiao.web.QueryValues;

/** The bureau's view of a year, as the JSON summary and the summary workbook both show it. */
@Singleton
final class YearSummaries {
    private final Store store;
    private final Evaluators evaluators;
    private final SpotCheckStore spotChecks;

    YearSummaries(Store store, Evaluators evaluators, SpotCheckStore spotChecks) {
        this.store = store;
        this.evaluators = evaluators;
        this.spotChecks = spotChecks;
    }

    /** A 400 naming {@code year} when it is outside the years a declaration may have. */
    YearSummary of(int year, Period period) {
        QueryValues.within(year, "year", Limits.MIN_YEAR, Limits.MAX_YEAR);
        return YearSummary.of(year, period, store.declarationCount(year), store.latest(year, period.name()),
                store.flagged(year, period.name(), YearSummary.flaggedTypes(period)),
                store.notSubmitted(year, period.name()), evaluators.forYear(year).ruleset().tables().policy(),
                period == Period.FULL_YEAR ? SpotCheckFigures.of(spotChecks.reviewedOfYear(year)) : SpotCheckFigures.NONE);
    }
}
