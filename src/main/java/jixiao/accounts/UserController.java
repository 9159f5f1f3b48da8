package jixiao.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;

/** Accounts: a bureau creates, lists and changes them; every account changes its own password. */
@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserController {
    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final HttpClientAddressResolver addresses;

    UserController(Accounts accounts, LoginThrottle throttle, HttpClientAddressResolver addresses) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.addresses = addresses;
    }

    @Secured(Roles.BUREAU)
    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    HttpResponse<AccountView> create(@Body NewAccount request, Actor actor) {
        Account created = accounts.create(request, actor);
        return HttpResponse.created(AccountView.of(created), URI.create("/api/v1/users/" + created.username()));
    }

    @Secured(Roles.BUREAU)
    @Get(produces = MediaType.APPLICATION_JSON)
    List<AccountView> list() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    @Secured(Roles.BUREAU)
    @Patch(uri = "/{username}", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    AccountView change(@PathVariable String username, @Body AccountChange request, Actor actor) {
        return AccountView.of(accounts.change(username, request, actor));
    }

    /** Who is logged in, as the account is now: the web pages read the role to show what it may use. */
    record Me(String username, Role role, String unit) {
    }

    @Operation(operationId = "getMe", summary = "当前登录的账户 / the account that is logged in")
    @Secured({Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @Get(uri = "/me", produces = MediaType.APPLICATION_JSON)
    Me me(Actor actor) {
        return new Me(actor.username(), actor.role(), actor.unit());
    }

    /** Tokens issued before the change stop working; the caller logs in again with the new password. */
    @Secured({Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @Post(uri = "/me/password", consumes = MediaType.ALL)
    HttpResponse<?> password(@Body PasswordChange request, Actor actor, HttpRequest<?> http) {
        accounts.changePassword(actor, request, throttle, addresses.resolve(http));
        return HttpResponse.noContent();
    }
}
