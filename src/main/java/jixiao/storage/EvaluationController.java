package jixiao.storage;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.List;

/** Stored evaluations: one by id, a declaration's history, and a re-evaluation under the current rules. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class EvaluationController {
    private final EvaluationService service;

    EvaluationController(EvaluationService service) {
        this.service = service;
    }

    @Get(uri = "/api/v1/evaluations/{id}", produces = MediaType.APPLICATION_JSON)
    EvaluationView get(@PathVariable EvaluationId id) {
        return service.evaluation(id);
    }

    /** Every evaluation of a stored declaration, oldest first: its history for auditors. */
    @Get(uri = "/api/v1/declarations/{id}/evaluations", produces = MediaType.APPLICATION_JSON)
    List<EvaluationView.Summary> history(@PathVariable DeclarationId id) {
        return service.history(id);
    }

    /** A new evaluation of the stored inputs under the current rules, linked to this one, with the diff. */
    @Post(uri = "/api/v1/evaluations/{id}/reevaluate", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    HttpResponse<EvaluationView> reevaluate(@PathVariable EvaluationId id) {
        EvaluationView evaluation = service.reevaluate(id);
        return HttpResponse.created(evaluation, URI.create("/api/v1/evaluations/" + evaluation.id()));
    }
}
