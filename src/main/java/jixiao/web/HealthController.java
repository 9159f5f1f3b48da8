package jixiao.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jixiao.scoring.Evaluators;

/** {@code GET /health}: the service is up, and the version of the ruleset it scores the latest fiscal year with. */
@Controller("/health")
@Tag(name = "health", description = "服务状态 / the service's state")
@Secured(SecurityRule.IS_ANONYMOUS)
class HealthController {
    private final Health up;

    HealthController(Evaluators evaluators) {
        this.up = new Health("UP", evaluators.latest().ruleset().version());
    }

    record Health(String status, String ruleset) {
    }

    @Operation(summary = "服务已启动及规则集版本 / up, and the ruleset version it scores with")
    @Get(produces = MediaType.APPLICATION_JSON)
    Health health() {
        return up;
    }
}
