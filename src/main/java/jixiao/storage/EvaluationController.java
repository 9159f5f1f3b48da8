package jixiao.storage;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.util.List;
import jixiao.accounts.Actor;
import jixiao.accounts.Roles;

/**
 * Stored evaluations: one by id, a declaration's history (a department its own unit's only; another unit's
 * is a 404), and a re-evaluation under the current rules (a bureau's).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class EvaluationController {
    private final EvaluationService service;

    EvaluationController(EvaluationService service) {
        this.service = service;
    }

    @Secured({Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @Get(uri = "/api/v1/evaluations/{id}", produces = MediaType.APPLICATION_JSON)
    EvaluationView get(@PathVariable EvaluationId id, Actor actor) {
        return service.evaluation(id, actor);
    }

    /** Every evaluation of a stored declaration, oldest first: its history for auditors. */
    @Secured({Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @Get(uri = "/api/v1/declarations/{id}/evaluations", produces = MediaType.APPLICATION_JSON)
    List<EvaluationView.Summary> history(@PathVariable DeclarationId id, Actor actor) {
        return service.history(id, actor);
    }

    /** A new evaluation of the stored inputs under the current rules, linked to this one, with the diff. */
    @Secured(Roles.BUREAU)
    @Post(uri = "/api/v1/evaluations/{id}/reevaluate", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    HttpResponse<EvaluationView> reevaluate(@PathVariable EvaluationId id, Actor actor) {
        EvaluationView evaluation = service.reevaluate(id, actor);
        return HttpResponse.created(evaluation, URI.create("/api/v1/evaluations/" + evaluation.id()));
    }
}
