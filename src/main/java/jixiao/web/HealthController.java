package jixiao.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jixiao.scoring.Evaluator;

/** {@code GET /health}: the service is up, and the version of the ruleset it scores with. */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
class HealthController {
    private final Health up;

    HealthController(Evaluator evaluator) {
        this.up = new Health("UP", evaluator.ruleset().version());
    }

    record Health(String status, String ruleset) {
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    Health health() {
        return up;
    }
}
