package jixiao.storage;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import jixiao.accounts.Actor;
import jixiao.accounts.Roles;
import jixiao.web.ApiErrors;
import jixiao.web.ApiSecuredErrors;
import jixiao.web.JsonDocument;

/**
 * Reviews (复核) of a year-end self-assessment: the bureau sends verified actuals and gets the review evaluation
 * with its side-by-side; the bureau, auditors and the department of the evaluation's unit read them (another
 * unit's evaluation is a 404 for a department).
 */
@Controller("/api/v1/evaluations/{id}/reviews")
@Tag(name = "evaluations")
@ApiErrors
@ApiSecuredErrors
@ExecuteOn(TaskExecutors.BLOCKING)
class EvaluationReviewController {
    private final ReviewService service;

    EvaluationReviewController(ReviewService service) {
        this.service = service;
    }

    /**
     * {@code {"actuals": [{"id", "actual", "reason", "note"}], "note"}}: verified actuals for any indicators, the
     * rest taken as self-reported; scored by the same rules and compared with the self-assessment.
     */
    @Operation(summary = "复核：以核实数重新评分并与自评对比 / review a self-assessment with verified actuals, scored and compared")
    @ApiResponse(responseCode = "201", description = "复核评价（kind REVIEW），附对比 / the review evaluation with its comparison",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @Secured(Roles.BUREAU)
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU})
    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    HttpResponse<EvaluationView> review(@PathVariable EvaluationId id,
                                        @Body @Schema(implementation = ReviewRequest.Document.class) JsonDocument body,
                                        @Parameter(hidden = true) Actor actor) {
        EvaluationView review = service.review(id, body.json(), actor);
        return HttpResponse.created(review, URI.create("/api/v1/evaluations/" + review.id()));
    }

    /** The reviews of an evaluation, oldest first, each with its comparison. */
    @Operation(summary = "评价的复核列表 / an evaluation's reviews, oldest first")
    @Secured({Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @Get(produces = MediaType.APPLICATION_JSON)
    List<EvaluationView> reviews(@PathVariable EvaluationId id, @Parameter(hidden = true) Actor actor) {
        return service.reviewsOf(id, actor);
    }
}
