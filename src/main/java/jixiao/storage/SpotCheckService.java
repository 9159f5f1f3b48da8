package jixiao.storage;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import jixiao.accounts.Actor;
import jixiao.accounts.AuditAction;
import jixiao.accounts.AuditEntry;
import jixiao.accounts.AuditTrail;
import jixiao.accounts.Outcome;
import jixiao.web.Limits;
import jixiao.web.QueryValues;

/**
 * Spot checks (抽评): a reproducible sample of a year's evaluated subjects ({@link SpotCheckSampler}), stored with
 * its audit entry in one transaction, and the year's spot checks listed newest first.
 */
@Singleton
final class SpotCheckService {
    private final SpotCheckStore checks;
    private final Store store;
    private final AuditTrail audit;

    SpotCheckService(SpotCheckStore checks, Store store, AuditTrail audit) {
        this.checks = checks;
        this.store = store;
        this.audit = audit;
    }

    /** The spot check as the API shows it: what was asked, when and by whom, and the items drawn. */
    record View(String id, int year, java.math.BigDecimal share, long seed, SampleBy by, Instant createdAt,
                String createdBy, List<SpotCheckStore.Item> items) {
        static View of(SpotCheckStore.SpotCheck s) {
            return new View(s.id(), s.year(), s.share(), s.seed(), s.by(), s.createdAt(), s.createdBy(), s.items());
        }
    }

    View create(int year, SpotCheckRequest body, Actor actor) {
        QueryValues.within(year, "year", Limits.MIN_YEAR, Limits.MAX_YEAR);
        SpotCheckRequest.Checked request = body.check();
        List<SpotCheckStore.Item> items = SpotCheckSampler.draw(checks.population(year), request.share(),
                request.seed());
        SpotCheckStore.SpotCheck check = new SpotCheckStore.SpotCheck(NewIds.next(), year,
                request.share(), request.seed(), request.by(), EvaluationService.now(), actor.username(), items);
        store.write(c -> {
            checks.insert(c, check);
            audit.record(c, AuditEntry.of(actor, AuditAction.SPOT_CHECK_CREATED, check.id(), Outcome.SUCCESS,
                    "year=" + year + ", share=" + request.share() + ", seed=" + request.seed() + ", by="
                    + request.by().word() + ", items=" + items.size()));
            return null;
        });
        return View.of(check);
    }

    List<View> list(int year) {
        QueryValues.within(year, "year", Limits.MIN_YEAR, Limits.MAX_YEAR);
        return checks.ofYear(year).stream().map(View::of).toList();
    }
}
