package jixiao.accounts;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Binds an {@link Actor} argument of a route from the request's authentication, which
 * {@link AccountTokens} built from the current account. A route that takes an Actor is a secured one: the
 * security filter has already refused a request without a valid token.
 */
@Singleton
final class ActorBinder implements TypedRequestArgumentBinder<Actor> {
    @Override
    public Argument<Actor> argumentType() {
        return Argument.of(Actor.class);
    }

    @Override
    public BindingResult<Actor> bind(ArgumentConversionContext<Actor> context, HttpRequest<?> request) {
        Optional<Actor> actor = request.getUserPrincipal(Authentication.class).map(AccountTokens::actor);
        return actor.isPresent() ? () -> actor : BindingResult.unsatisfied();
    }
}
