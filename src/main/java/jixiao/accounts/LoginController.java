package jixiao.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import jixiao.web.ApiErrors;
import jixiao.web.ErrorBody;
import jixiao.web.JsonRequest;
import jixiao.web.RequestProblem;

/**
 * {@code POST /login}: an API client sends JSON and gets a bearer token; the web page sends a form and gets
 * the token as an HttpOnly, SameSite=Strict cookie with a 303 to {@code /}. Throttled ({@link LoginThrottle})
 * and audited, success and failure, never with the password. {@code POST /logout} clears the cookie (a
 * bearer token is the client's to forget; it lapses at its expiry).
 *
 * <p>The two login routes share the path: the form's is chosen by its content type, the JSON one takes any other
 * (as every JSON route does: its reader answers 415 for a body that is not JSON), so that a request without a
 * content type, or without a body, has one route to go to. {@link LoginBody} answers a login without a body.
 */
@Controller
@Tag(name = "accounts")
@ApiErrors
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {
    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final TokenGenerator tokens;
    private final HttpClientAddressResolver addresses;
    private final long lifetimeSeconds;

    LoginController(Accounts accounts, LoginThrottle throttle, AuditTrail audit, TokenGenerator tokens,
                    HttpClientAddressResolver addresses, AccountsConfig config) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        this.tokens = tokens;
        this.addresses = addresses;
        this.lifetimeSeconds = config.tokenLifetime().toSeconds();
    }

    record Credentials(String username, String password) implements JsonRequest {
    }

    record Token(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
                 @JsonProperty("expires_in") long expiresIn) {
    }

    @Operation(operationId = "login", summary = "登录：JSON 得到 Bearer 令牌，网页表单得到 HttpOnly Cookie / log in: "
            + "JSON gets a bearer token, the web page's form gets it as an HttpOnly cookie",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Credentials.class))))
    @ApiResponse(responseCode = "200", description = "Bearer 令牌及其有效秒数 / the bearer token and its lifetime in seconds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Token.class)))
    @ApiResponse(responseCode = "303", description = "表单登录：Cookie 已设置，转到 / / the form's login: the cookie is set, "
            + "then / is shown")
    @ApiResponse(responseCode = "401", description = "用户名或密码不对 / wrong username or password",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "429", description = "失败次数过多，Retry-After 秒后再试 / too many failures; try again "
            + "after Retry-After seconds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    @Post(uri = "/login", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    Token login(@Body Credentials credentials, HttpRequest<?> request) {
        return new Token(token(credentials.username(), credentials.password(), request), "Bearer", lifetimeSeconds);
    }

    /** In the API document one operation with {@link #login} (one path, one method): its answers are listed there. */
    @Operation(operationId = "login", summary = "登录：JSON 得到 Bearer 令牌，网页表单得到 HttpOnly Cookie / log in: "
            + "JSON gets a bearer token, the web page's form gets it as an HttpOnly cookie")
    @Post(uri = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> form(@Nullable String username, @Nullable String password, HttpRequest<?> request) {
        String token = token(username, password, request);
        return HttpResponse.seeOther(URI.create("/")).cookie(cookie(token, lifetimeSeconds));
    }

    @Operation(operationId = "logout", summary = "退出：清除登录 Cookie（Bearer 令牌到期失效）/ log out: clears the "
            + "login cookie (a bearer token lapses at its expiry)")
    @ApiResponse(responseCode = "204", description = "Cookie 已清除 / the cookie is cleared")
    @ApiResponse(responseCode = "303", description = "表单退出：Cookie 已清除，转到 / / the form's logout: the cookie is "
            + "cleared, then / is shown")
    @Post(uri = "/logout", consumes = MediaType.ALL)
    MutableHttpResponse<?> logout(HttpRequest<?> request) {
        boolean form = request.getContentType().map(MediaType.APPLICATION_FORM_URLENCODED_TYPE::equals).orElse(false);
        MutableHttpResponse<?> response = form ? HttpResponse.seeOther(URI.create("/")) : HttpResponse.status(HttpStatus.NO_CONTENT);
        return response.cookie(cookie("", 0));
    }

    private static void required(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw new RequestProblem("MISSING_FIELD", field + " is required", field);
        }
    }

    private static Cookie cookie(String value, long maxAgeSeconds) {
        return Cookie.of(CookieToken.NAME, value).httpOnly(true).sameSite(SameSite.Strict).path("/").maxAge(maxAgeSeconds);
    }

    /** The token of these credentials, or LOGIN_FAILED (401) / TOO_MANY_REQUESTS (429). */
    private String token(String username, String password, HttpRequest<?> request) {
        String address = addresses.resolve(request);
        required(username, "username");
        required(password, "password");
        // a refused attempt is logged by the throttle, not audited: a flood would fill the trail
        throttle.check(username, address);
        Account account = accounts.authenticate(username, password).orElse(null);
        if (account == null) {
            throttle.failed(username, address);
            audit.record(AuditEntry.attempt(username, AuditAction.LOGIN, Outcome.FAILURE, "from " + address));
            throw new AccountErrors.LoginFailed();
        }
        throttle.succeeded(username);
        audit.record(AuditEntry.of(account.actor(), AuditAction.LOGIN, username, Outcome.SUCCESS, "from " + address));
        return tokens.generateToken(Authentication.build(account.username(), List.of(account.role().name())),
                (int) lifetimeSeconds).orElseThrow(() -> new IllegalStateException("no token was generated"));
    }
}
