package jixiao.ops;

import io.micronaut.context.env.MapPropertySource;
import io.micronaut.context.env.PropertySource;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.management.endpoint.info.InfoSource;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import jixiao.web.RulesetFactory;
import org.reactivestreams.Publisher;

/**
 * {@code /info}: the ruleset the service scores the latest fiscal year with (its version, and those of rules/
 * and scoring-tables/); {@code GET /api/v1/rulesets} lists every year's.
 */
@Singleton
final class RulesetInfo implements InfoSource {
    private final RulesetFactory.Loading loading;

    RulesetInfo(RulesetFactory.Loading loading) {
        this.loading = loading;
    }

    @Override
    public Publisher<PropertySource> getSource() {
        Map<String, Object> info = new LinkedHashMap<>();
        loading.loaded().map(l -> l.latest()).ifPresent(e -> {
            info.put("ruleset.version", e.ruleset().version());
            info.put("ruleset.rulesVersion", e.ruleset().rulesVersion());
            info.put("ruleset.tablesVersion", e.ruleset().tablesVersion());
        });
        return Publishers.just(new MapPropertySource("jixiao", info));
    }
}
