package jixiao.accounts;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Accounts' settings: the first account's password ({@code JIXIAO_ADMIN_PASSWORD}, used only while no
 * account exists), the token signing secret ({@code JIXIAO_JWT_SECRET}; empty: one generated once and kept
 * in the data folder), how long a token lasts ({@code JIXIAO_TOKEN_LIFETIME}, default 8 hours), and the
 * data folder itself ({@code JIXIAO_DATA_DIR}, which also holds the embedded database).
 */
@ConfigurationProperties("jixiao.accounts")
public record AccountsConfig(@Nullable String adminPassword,
                             @Nullable String jwtSecret,
                             @Bindable(defaultValue = "8h") Duration tokenLifetime,
                             @Bindable(defaultValue = "./data") String dataDir) {
}
