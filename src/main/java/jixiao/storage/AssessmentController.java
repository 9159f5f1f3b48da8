package jixiao.storage;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import jixiao.accounts.Actor;
import jixiao.accounts.Roles;
import jixiao.web.JsonDocument;

/**
 * Assessments of a stored declaration: each stored with its evaluation in one transaction. A department
 * assesses its own unit's declarations; another unit's is a 404.
 */
@Controller("/api/v1/declarations/{id}/assessments")
@ExecuteOn(TaskExecutors.BLOCKING)
class AssessmentController {
    private final EvaluationService service;

    AssessmentController(EvaluationService service) {
        this.service = service;
    }

    /** An assessment, or one nested as {@code {"assessment": {…}}}; answered with its evaluation. */
    @Secured({Roles.BUREAU, Roles.DEPARTMENT})
    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    HttpResponse<EvaluationView> assess(@PathVariable DeclarationId id, @Body JsonDocument body, Actor actor) {
        EvaluationView evaluation = service.submit(id, body.unwrap("assessment"), actor);
        return HttpResponse.created(evaluation, URI.create("/api/v1/evaluations/" + evaluation.id()));
    }
}
