package jixiao.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.RouteMatch;
import java.util.Arrays;
import jixiao.web.ErrorBody;

/**
 * While no account exists, a route whose {@code @Secured} names roles answers {@code 503 SETUP_REQUIRED} instead
 * of a 401 no one could get past; open routes (health, preview, imports, login), routes without
 * {@code @Secured} (the framework's own) and unknown paths answer as ever. Runs just before the security filter.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SetupGate implements Ordered {
    private final Accounts accounts;

    SetupGate(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @Nullable
    HttpResponse<ErrorBody> closedUntilSetUp(HttpRequest<?> request) {
        if (!accounts.none()) {
            return null;
        }
        RouteMatch<?> route = request.getAttribute(HttpAttributes.ROUTE_MATCH, RouteMatch.class).orElse(null);
        String[] secured = route == null ? new String[0] : route.getAnnotationMetadata().stringValues(Secured.class);
        // only the service's own routes that name roles; the framework's (management endpoints) answer as ever
        if (secured.length == 0 || Arrays.asList(secured).contains(SecurityRule.IS_ANONYMOUS)) {
            return null;
        }
        return HttpResponse.<ErrorBody>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(new ErrorBody("SETUP_REQUIRED", "no account exists yet: start the service with"
                        + " JIXIAO_ADMIN_PASSWORD set to create the account 'admin', then log in", request.getPath()))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
