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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.util.List;
import jixiao.web.ApiErrors;
import jixiao.web.ApiSecuredErrors;

/** Accounts: a bureau creates, lists and changes them; every account changes its own password. */
@Controller("/api/v1/users")
@Tag(name = "accounts", description = "账户与登录 / accounts and login")
@ApiErrors
@ApiSecuredErrors
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

    @Operation(operationId = "createAccount", summary = "新建账户（财政局）：部门账户须指明单位 / create an account "
            + "(a bureau's); a department's account names its unit")
    @ApiResponse(responseCode = "201", description = "已创建（Location 指向它）/ created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @Secured(Roles.BUREAU)
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU})
    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    HttpResponse<AccountView> create(@Body NewAccount request, @Parameter(hidden = true) Actor actor) {
        Account created = accounts.create(request, actor);
        return HttpResponse.created(AccountView.of(created), URI.create("/api/v1/users/" + created.username()));
    }

    @Operation(operationId = "listAccounts", summary = "全部账户（财政局）/ every account (a bureau's)")
    @Secured(Roles.BUREAU)
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU})
    @Get(produces = MediaType.APPLICATION_JSON)
    List<AccountView> list() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    @Operation(operationId = "changeAccount", summary = "修改账户的停用、角色或单位（财政局），未给出的不变 / change an "
            + "account's disabled, role or unit (a bureau's); what is absent stays")
    @Secured(Roles.BUREAU)
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU})
    @Patch(uri = "/{username}", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    AccountView change(@PathVariable String username, @Body AccountChange request, @Parameter(hidden = true) Actor actor) {
        return AccountView.of(accounts.change(username, request, actor));
    }

    /** Who is logged in, as the account is now: the web pages read the role to show what it may use. */
    record Me(String username, Role role, String unit) {
    }

    @Operation(operationId = "getMe", summary = "当前登录的账户 / the account that is logged in")
    @Secured({Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @Get(uri = "/me", produces = MediaType.APPLICATION_JSON)
    Me me(@Parameter(hidden = true) Actor actor) {
        return new Me(actor.username(), actor.role(), actor.unit());
    }

    /** Tokens issued before the change stop working; the caller logs in again with the new password. */
    @Operation(operationId = "changePassword", summary = "修改本账户的密码，此前签发的令牌失效 / change this account's "
            + "own password; tokens issued before stop working")
    @ApiResponse(responseCode = "204", description = "已修改，请用新密码重新登录 / changed; log in again with the new password")
    @Secured({Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU, Roles.DEPARTMENT, Roles.AUDITOR})
    @Post(uri = "/me/password", consumes = MediaType.ALL)
    HttpResponse<?> password(@Body PasswordChange request, @Parameter(hidden = true) Actor actor, HttpRequest<?> http) {
        accounts.changePassword(actor, request, throttle, addresses.resolve(http));
        return HttpResponse.noContent();
    }
}
