package jixiao.accounts;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A token whose signature and expiry are valid (checked by Micronaut Security) becomes the authentication of
 * its account as it is now: no account, a disabled one, or a token issued before the password was last
 * changed is no authentication (401); the role and unit are the account's current ones, not the token's. The
 * accounts are held in memory ({@link Accounts}), so this costs no query.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
final class AccountTokens implements JwtAuthenticationFactory {
    private static final String ACTOR = "jixiao.actor";
    private final Accounts accounts;

    AccountTokens(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            Date issued = claims.getIssueTime();
            Optional<Account> account = accounts.find(claims.getSubject());
            if (account.isEmpty() || account.get().disabled() || issued == null
                    || issued.toInstant().isBefore(account.get().passwordChangedAt().truncatedTo(ChronoUnit.SECONDS))) {
                return Optional.empty();
            }
            return Optional.of(authentication(account.get()));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /** The authentication of an account, carrying its {@link Actor}. */
    static Authentication authentication(Account a) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(ACTOR, a.actor());
        return Authentication.build(a.username(), List.of(a.role().name()), attributes);
    }

    static Actor actor(Authentication authentication) {
        return (Actor) authentication.getAttributes().get(ACTOR);
    }
}
