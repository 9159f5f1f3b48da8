package jixiao.storage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import jixiao.web.ApiErrors;
import jixiao.web.ApiSecuredErrors;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.net.URI;
import java.util.List;
import jixiao.accounts.Actor;
import jixiao.accounts.Roles;

/**
 * Stored evaluations: one by id, a declaration's history (a department its own unit's only; another unit's
 * is a 404), and a re-evaluation under the current rules (a bureau's).
 */
@Controller
@Tag(name = "evaluations", description = "已存储的评价，不可修改 / stored evaluations, never changed")
@ApiErrors
@ApiSecuredErrors
@ExecuteOn(TaskExecutors.BLOCKING)
class EvaluationController {
    private final EvaluationService service;

    EvaluationController(EvaluationService service) {
        this.service = service;
    }

    /** An evaluation: its result, the exact inputs it was computed from and its ruleset version. */
    @Operation(operationId = "getEvaluation", summary = "按编号读取评价 / a stored evaluation by id")
    @Secured({Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @Get(uri = "/api/v1/evaluations/{id}", produces = MediaType.APPLICATION_JSON)
    EvaluationView get(@PathVariable EvaluationId id, @Parameter(hidden = true) Actor actor) {
        return service.evaluation(id, actor);
    }

    /** Every evaluation of a stored declaration, oldest first: its history for auditors. */
    @Operation(operationId = "listEvaluations", summary = "申报的全部评价（最早的在前）/ a declaration's evaluations, oldest first")
    @Secured({Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @Get(uri = "/api/v1/declarations/{id}/evaluations", produces = MediaType.APPLICATION_JSON)
    List<EvaluationView.Summary> history(@PathVariable DeclarationId id, @Parameter(hidden = true) Actor actor) {
        return service.history(id, actor);
    }

    /** A new evaluation of the stored inputs under the current rules, linked to this one, with the diff. */
    @Operation(summary = "按现行规则重新评价 / re-evaluate the stored inputs under the current rules and tables")
    @ApiResponse(responseCode = "201", description = "新的评价，附 diff / a new evaluation with its diff",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @Secured(Roles.BUREAU)
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU})
    @Post(uri = "/api/v1/evaluations/{id}/reevaluate", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    HttpResponse<EvaluationView> reevaluate(@PathVariable EvaluationId id, @Parameter(hidden = true) Actor actor) {
        EvaluationView evaluation = service.reevaluate(id, actor);
        return HttpResponse.created(evaluation, URI.create("/api/v1/evaluations/" + evaluation.id()));
    }
}
