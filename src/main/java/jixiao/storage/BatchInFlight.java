package jixiao.storage;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;

/** Items of all batches read and not yet stored or failed: the gauge {@code jixiao.batch.items.in.flight}. */
@Singleton
final class BatchInFlight {
    private final AtomicInteger items = new AtomicInteger();

    BatchInFlight(MeterRegistry registry) {
        Gauge.builder("jixiao.batch.items.in.flight", items, AtomicInteger::get)
                .description("batch items read and not yet stored or failed").register(registry);
    }

    AtomicInteger items() {
        return items;
    }
}
