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
import jixiao.web.DeclarationRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.net.URI;
import java.util.Optional;
import jixiao.accounts.Actor;
import jixiao.accounts.Roles;
import jixiao.web.JsonDocument;
import jixiao.web.Limits;
import jixiao.web.QueryValues;
import jixiao.web.SubjectType;

/**
 * Declarations of the stored year: stored as sent, found by id, listed by year, unit and subject type. A
 * department declares for its own unit (another unit is 403), and sees only its own unit's (another unit's
 * is a 404; lists show its own only).
 */
@Controller("/api/v1/declarations")
@Tag(name = "declarations", description = "绩效目标申报 / declarations of targets")
@ApiErrors
@ApiSecuredErrors
@ExecuteOn(TaskExecutors.BLOCKING)
class DeclarationController {
    private final EvaluationService service;
    private final Store store;
    private final StoredJson json;

    DeclarationController(EvaluationService service, Store store, StoredJson json) {
        this.service = service;
        this.store = store;
        this.json = json;
    }

    /** A declaration, or one nested the way the preview nests it ({@code {"declaration": {…}}}). */
    @Operation(operationId = "declare", summary = "存储一份绩效目标申报 / store a declaration (unit, name and year required)",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeclarationRequest.class),
            examples = @ExampleObject(name = "project", value = ApiExamples.DECLARE))))
    @ApiResponse(responseCode = "201", description = "已存储（Location 指向它）/ stored; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    @Secured({Roles.BUREAU, Roles.DEPARTMENT})
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU, Roles.DEPARTMENT})
    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    HttpResponse<DeclarationView> declare(@Body @Schema(implementation = DeclarationRequest.class) JsonDocument body,
                                          @Parameter(hidden = true) Actor actor) {
        EvaluationService.Drafted d = service.declare(body.unwrap("declaration"), "", actor);
        return HttpResponse.created(DeclarationView.of(d.row(), Optional.of(d.findingsJson()), json),
                URI.create("/api/v1/declarations/" + d.row().id()));
    }

    /** One stored declaration, as it was sent. */
    @Secured({Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @Operation(operationId = "getDeclaration", summary = "按编号读取申报 / a stored declaration by id")
    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    DeclarationView get(@PathVariable DeclarationId id, @Parameter(hidden = true) Actor actor) {
        Store.Declaration d = service.declaration(id, actor);
        return DeclarationView.of(d, store.findings(d.id()), json);
    }

    /** An empty parameter ({@code ?year=}) filters nothing; a value out of range is a 400 naming it. */
    @Secured({Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @Operation(operationId = "listDeclarations", summary = "按年度、单位、类型列出申报（分页）/ declarations by year, unit and subject type, a page at a time")
    @Get(produces = MediaType.APPLICATION_JSON)
    DeclarationView.Page list(@Parameter(hidden = true) Actor actor, @Nullable @QueryValue Integer year,
                              @Nullable @QueryValue String unit, @Nullable @QueryValue SubjectType subjectType,
                              @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        QueryValues.within(year, "year", Limits.MIN_YEAR, Limits.MAX_YEAR);
        QueryValues.within(page, "page", 0, Integer.MAX_VALUE / 1000);
        QueryValues.within(size, "size", 1, 500);
        return DeclarationView.Page.of(store.declarations(year, unit == null || unit.isEmpty() ? null : unit,
                subjectType == null ? null : subjectType.name(), actor.unitFilter(), page, size));
    }
}
