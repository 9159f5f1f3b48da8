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

/**
 * A year's spot checks (抽评): the bureau draws a reproducible sample of the evaluated subjects, stratified by
 * unit; the bureau and auditors list them.
 */
@Controller("/api/v1/years/{year}/spot-checks")
@Tag(name = "years")
@ApiErrors
@ApiSecuredErrors
@ExecuteOn(TaskExecutors.BLOCKING)
class SpotCheckController {
    private final SpotCheckService service;

    SpotCheckController(SpotCheckService service) {
        this.service = service;
    }

    /**
     * Draws and stores a sample: per unit round-half-up(share × its subjects), at least one where share &gt; 0,
     * by a partial Fisher–Yates shuffle seeded by {@code seed}; the same request draws the same items.
     */
    @Operation(summary = "抽评：按单位分层、可复现的随机抽样 / draw a reproducible spot-check sample, stratified by unit")
    @ApiResponse(responseCode = "201", description = "已存储的抽评 / the stored spot check",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SpotCheckService.View.class)))
    @Secured(Roles.BUREAU)
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU})
    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    HttpResponse<SpotCheckService.View> create(@PathVariable int year, @Body SpotCheckRequest request,
                                               @Parameter(hidden = true) Actor actor) {
        SpotCheckService.View check = service.create(year, request, actor);
        return HttpResponse.created(check, URI.create("/api/v1/years/" + year + "/spot-checks"));
    }

    /** The year's spot checks, newest first. */
    @Operation(summary = "年度抽评列表（最新的在前）/ the year's spot checks, newest first")
    @Secured({Roles.BUREAU, Roles.AUDITOR})
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU, Roles.AUDITOR})
    @Get(produces = MediaType.APPLICATION_JSON)
    List<SpotCheckService.View> list(@PathVariable int year) {
        return service.list(year);
    }
}
