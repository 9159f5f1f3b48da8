package jixiao.storage;

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
import java.net.URI;
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
    @Secured({Roles.BUREAU, Roles.DEPARTMENT})
    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    HttpResponse<DeclarationView> declare(@Body JsonDocument body, Actor actor) {
        Store.Declaration d = service.declare(body.unwrap("declaration"), "", actor);
        return HttpResponse.created(DeclarationView.of(d, json), URI.create("/api/v1/declarations/" + d.id()));
    }

    @Secured({Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    DeclarationView get(@PathVariable DeclarationId id, Actor actor) {
        return DeclarationView.of(service.declaration(id, actor), json);
    }

    /** An empty parameter ({@code ?year=}) filters nothing; a value out of range is a 400 naming it. */
    @Secured({Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @Get(produces = MediaType.APPLICATION_JSON)
    DeclarationView.Page list(Actor actor, @Nullable @QueryValue Integer year, @Nullable @QueryValue String unit,
                              @Nullable @QueryValue SubjectType subjectType,
                              @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        QueryValues.within(year, "year", Limits.MIN_YEAR, Limits.MAX_YEAR);
        QueryValues.within(page, "page", 0, Integer.MAX_VALUE / 1000);
        QueryValues.within(size, "size", 1, 500);
        return DeclarationView.Page.of(store.declarations(year, unit == null || unit.isEmpty() ? null : unit,
                subjectType == null ? null : subjectType.name(), actor.unitFilter(), page, size));
    }
}
