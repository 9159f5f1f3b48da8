package jixiao.storage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import jixiao.web.ApiErrors;
import jixiao.web.ApiSecuredErrors;
import jixiao.web.ApiExamples;
import jixiao.web.AssessmentRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.net.URI;
import jixiao.accounts.Actor;
import jixiao.accounts.Roles;
import jixiao.web.JsonDocument;

/**
 * Assessments of a stored declaration: each stored with its evaluation in one transaction. A department
 * assesses its own unit's declarations; another unit's is a 404.
 */
@Controller("/api/v1/declarations/{id}/assessments")
@Tag(name = "declarations")
@ApiErrors
@ApiSecuredErrors
@ExecuteOn(TaskExecutors.BLOCKING)
class AssessmentController {
    private final EvaluationService service;

    AssessmentController(EvaluationService service) {
        this.service = service;
    }

    /** An assessment, or one nested as {@code {"assessment": {…}}}; answered with its evaluation. */
    @Operation(summary = "提交自评并评分，一并存储 / submit an assessment, scored and stored with its evaluation in one transaction",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentRequest.class),
            examples = @ExampleObject(name = "year-end", value = ApiExamples.ASSESS))))
    @ApiResponse(responseCode = "201", description = "已存储的评价（崩溃后仍在）/ the stored evaluation (it survives a crash)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @Secured({Roles.BUREAU, Roles.DEPARTMENT})
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU, Roles.DEPARTMENT})
    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    HttpResponse<EvaluationView> assess(@PathVariable DeclarationId id,
                                         @Body @Schema(implementation = AssessmentRequest.class) JsonDocument body,
                                         @Parameter(hidden = true) Actor actor) {
        EvaluationView evaluation = service.submit(id, body.unwrap("assessment"), actor);
        return HttpResponse.created(evaluation, URI.create("/api/v1/evaluations/" + evaluation.id()));
    }
}
