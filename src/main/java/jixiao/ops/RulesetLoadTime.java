package jixiao.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;
import jixiao.web.RulesetFactory;

/** {@code jixiao.ruleset.load}: how long the rules and tables took to load at start-up (NaN until they have). */
@Singleton
final class RulesetLoadTime implements MeterBinder {
    private final RulesetFactory.Loading loading;

    RulesetLoadTime(RulesetFactory.Loading loading) {
        this.loading = loading;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        TimeGauge.builder("jixiao.ruleset.load", loading, TimeUnit.NANOSECONDS,
                        l -> l.loadNanos() < 0 ? Double.NaN : l.loadNanos())
                .description("time the rules and tables took to load at start-up").register(registry);
    }
}
