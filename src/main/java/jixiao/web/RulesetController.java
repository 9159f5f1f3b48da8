package jixiao.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import jixiao.scoring.Evaluators;
import jixiao.scoring.Ruleset;

/** {@code GET /api/v1/rulesets}: the ruleset of each set of tables in force and the fiscal years it scores. */
@Controller("/api/v1/rulesets")
@Tag(name = "rulesets", description = "规则集版本（按财政年度）/ the ruleset versions by fiscal year")
@ApiErrors
@Secured(SecurityRule.IS_ANONYMOUS)
class RulesetController {
    private final Evaluators evaluators;

    RulesetController(Evaluators evaluators) {
        this.evaluators = evaluators;
    }

    /**
     * A set of tables in force with the rules.
     *
     * @param years the fiscal years it scores, listed from the year before the first year folder (or the current
     *              year, if that is earlier; the current year when there is no year folder) up to the current year
     *              (or the last year folder's, if later)
     * @param from  its first year; null for the first set, which also scores every earlier year
     * @param to    its last year; null for the latest, which also scores every later year
     */
    record InForce(String version, List<Integer> years, Integer from, Integer to, String rulesVersion,
                   String tablesVersion) {
    }

    @Operation(summary = "各财政年度的规则集版本 / the ruleset versions and the fiscal years each scores, oldest first")
    @Get(produces = MediaType.APPLICATION_JSON)
    List<InForce> rulesets() {
        return list(evaluators.editions(), Year.now().getValue());
    }

    static List<InForce> list(List<Evaluators.Edition> editions, int currentYear) {
        int low = editions.size() > 1 ? Math.min(currentYear, editions.get(1).from() - 1) : currentYear;
        int high = Math.max(currentYear, editions.get(editions.size() - 1).from() == null ? currentYear
                : editions.get(editions.size() - 1).from());
        List<InForce> out = new ArrayList<>();
        for (Evaluators.Edition e : editions) {
            int first = e.from() == null ? low : Math.max(low, e.from());
            int last = e.to() == null ? high : Math.min(high, e.to());
            Ruleset r = e.evaluator().ruleset();
            out.add(new InForce(r.version(), IntStream.rangeClosed(first, last).boxed().toList(), e.from(), e.to(),
                    r.rulesVersion(), r.tablesVersion()));
        }
        return out;
    }
}
