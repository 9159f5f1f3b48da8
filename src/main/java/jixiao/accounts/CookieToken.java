package jixiao.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The token of a browser's login, read from the {@code JWT} cookie that {@code POST /login} with a form set
 * (HttpOnly, SameSite=Strict). An {@code Authorization: Bearer} header is read as well, by the framework.
 */
@Singleton
final class CookieToken implements TokenReader<HttpRequest<?>> {
    static final String NAME = "JWT";

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(v -> !v.isEmpty());
    }

    @Override
    public int getOrder() {
        return 10;  // after the Authorization header
    }
}
