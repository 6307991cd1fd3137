package edu.lifecycle.billing.overdue.metrics;

import edu.lifecycle.billing.receivables.OverdueLine;
import edu.lifecycle.billing.receivables.stream.ReceivablesStores;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.StoreUnavailableException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * {@code lifecycle_billing_overdue_instalments}: the overdue schedule lines still owing something, counted in this
 * instance's part of the overdue list (the read model behind {@code GET .../overdue}); summed over instances it is the
 * school's. Unknown (NaN) while the read model is not queryable.
 */
public final class OverdueInstalmentsGauge implements MeterBinder {

    public static final String NAME = "lifecycle.billing.overdue.instalments";

    private final StoreQueries stores;

    public OverdueInstalmentsGauge(StoreQueries stores) {
        this.stores = stores;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(NAME, this, OverdueInstalmentsGauge::count)
                .description("Overdue instalments still owing something (this instance's partitions)")
                .register(registry);
    }

    double count() {
        try {
            long open = stores.read(ReceivablesStores.OVERDUE, OverdueLine.class, OverdueInstalmentsGauge::openLines);
            return open;
        } catch (StoreUnavailableException e) {
            return Double.NaN;
        }
    }

    private static long openLines(ReadOnlyKeyValueStore<String, OverdueLine> overdue) {
        try (KeyValueIterator<String, OverdueLine> lines = overdue.all()) {
            long open = 0;
            while (lines.hasNext()) {
                lines.next();
                open++;
            }
            return open;
        }
    }
}
