package jixiao.ops;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import javax.sql.DataSource;
import jixiao.web.RulesetFactory;
import org.reactivestreams.Publisher;

/** What {@code /health/readiness} asks of the service: the database answers, and the ruleset has loaded. */
final class ReadinessIndicators {
    private ReadinessIndicators() {
    }

    @Singleton
    @Readiness
    static final class Ruleset implements HealthIndicator {
        private final RulesetFactory.Loading loading;

        Ruleset(RulesetFactory.Loading loading) {
            this.loading = loading;
        }

        @Override
        public Publisher<HealthResult> getResult() {
            return Publishers.just(loading.loaded()
                    .map(e -> HealthResult.builder("ruleset", HealthStatus.UP)
                            .details(Map.of("version", e.latest().ruleset().version())).build())
                    .orElseGet(() -> HealthResult.builder("ruleset", HealthStatus.DOWN).build()));
        }
    }

    @Singleton
    @Readiness
    static final class Database implements HealthIndicator {
        private final DataSource dataSource;

        /** The pool itself, not Micronaut Data's contextual proxy (which wants a surrounding transaction). */
        Database(DataSource dataSource) {
            this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        }

        @Override
        public Publisher<HealthResult> getResult() {
            try (Connection c = dataSource.getConnection()) {
                boolean valid = c.isValid(2);
                return Publishers.just(HealthResult.builder("database", valid ? HealthStatus.UP : HealthStatus.DOWN)
                        .details(Map.of("product", c.getMetaData().getDatabaseProductName())).build());
            } catch (SQLException e) {
                return Publishers.just(HealthResult.builder("database", HealthStatus.DOWN)
                        .details(Map.of("error", String.valueOf(e.getMessage()))).build());
            }
        }
    }
}
