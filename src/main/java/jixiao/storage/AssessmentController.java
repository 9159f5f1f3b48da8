package jixiao.storage;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import jixiao.web.JsonDocument;

/** Assessments of a stored declaration: each stored with its evaluation in one transaction. */
@Controller("/api/v1/declarations/{id}/assessments")
@ExecuteOn(TaskExecutors.BLOCKING)
class AssessmentController {
    private final EvaluationService service;

    AssessmentController(EvaluationService service) {
        this.service = service;
    }

    /** An assessment, or one nested as {@code {"assessment": {…}}}; answered with its evaluation. */
    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    HttpResponse<EvaluationView> assess(@PathVariable DeclarationId id, @Body JsonDocument body) {
        EvaluationView evaluation = service.submit(id, body.unwrap("assessment"));
        return HttpResponse.created(evaluation, URI.create("/api/v1/evaluations/" + evaluation.id()));
    }
}
