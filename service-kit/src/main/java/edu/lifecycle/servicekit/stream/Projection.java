package edu.lifecycle.servicekit.stream;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * The kit's one building block of a read model: a processor declared by the stores it keeps and what one record
 * does to them. The {@link ProcessorSupplier} plumbing (a new processor per task, the stores connected, looked up
 * once) is here, so a projector says only what it folds.
 *
 * <pre>{@code
 * // a value per student, folded from their events, each change sent on under the student's programme year
 * Projection.folding(ReadModelStores.keyValue(STORE, StudentResults.class), StudentResultsFold::apply,
 *         results -> results.cohort().key());
 * // anything else: what one record does to the stores
 * Projection.of((record, target) -> { ... target.store(ROWS) ... target.forward(...) }, rowsStore, talliesStore);
 * }</pre>
 *
 * @param <KIn> the key read
 * @param <VIn> the value read
 * @param <KOut> the key sent on ({@code Void} when nothing is)
 * @param <VOut> the value sent on
 */
public final class Projection<KIn, VIn, KOut, VOut> implements ProcessorSupplier<KIn, VIn, KOut, VOut> {

    /** What one record does to the read model's stores, and what it sends on. */
    @FunctionalInterface
    public interface Step<KIn, VIn, KOut, VOut> {
        void apply(Record<KIn, VIn> record, Target<KOut, VOut> target);
    }

    /**
     * The value kept under a key after one more event.
     *
     * @param <E> the events folded
     * @param <V> the value kept
     */
    @FunctionalInterface
    public interface Fold<E, V> {
        /**
         * @param before the value kept so far, {@code null} before the first event that made one
         * @return the value after {@code event}; {@code null} when there is still nothing to keep
         */
        V apply(String key, V before, E event);
    }

    /** What a step reaches: the read model's stores, and the processors downstream. */
    public static final class Target<KOut, VOut> {

        private final ProcessorContext<KOut, VOut> context;
        private final Map<String, KeyValueStore<String, ?>> stores = new HashMap<>();

        private Target(ProcessorContext<KOut, VOut> context) {
            this.context = context;
        }

        /** One of the stores the projection declared. */
        @SuppressWarnings("unchecked")
        public <V> KeyValueStore<String, V> store(String name) {
            return (KeyValueStore<String, V>) stores.computeIfAbsent(name, context::getStateStore);
        }

        public void forward(Record<KOut, VOut> record) {
            context.forward(record);
        }

        /** Where the record being processed was read (its topic, partition and offset), when it came from a topic. */
        public Optional<RecordMetadata> source() {
            return context.recordMetadata();
        }
    }

    private final Step<KIn, VIn, KOut, VOut> step;
    private final Set<StoreBuilder<?>> stores;

    private Projection(Step<KIn, VIn, KOut, VOut> step, List<StoreBuilder<?>> stores) {
        this.step = Objects.requireNonNull(step, "step");
        this.stores = Set.copyOf(stores);
    }

    /** A projection that does {@code step} to each record, over {@code stores}. */
    public static <KIn, VIn, KOut, VOut> Projection<KIn, VIn, KOut, VOut> of(
            Step<KIn, VIn, KOut, VOut> step, StoreBuilder<?>... stores) {
        return new Projection<>(step, List.of(stores));
    }

    /**
     * Folds each record into the value kept under its key in {@code store}; a value that does not change is not
     * written again. Records without a key or a value (no event is either) are skipped.
     */
    public static <E, V> Projection<String, E, Void, Void> folding(
            StoreBuilder<? extends KeyValueStore<String, V>> store, Fold<E, V> fold) {
        Step<String, E, Void, Void> step =
                (record, target) -> foldInto(record, target.store(store.name()), fold, changed -> {});
        return new Projection<>(step, List.of(store));
    }

    /**
     * As {@link #folding(StoreBuilder, Fold)}, and each changed value is sent on under {@code sendOnUnder(value)}
     * (e.g. a student's row under their programme year, for a repartition), or not at all when that gives
     * {@code null}.
     */
    public static <E, V> Projection<String, E, String, V> folding(
            StoreBuilder<? extends KeyValueStore<String, V>> store, Fold<E, V> fold, Function<V, String> sendOnUnder) {
        Objects.requireNonNull(sendOnUnder, "sendOnUnder");
        Step<String, E, String, V> step =
                (record, target) -> foldInto(record, target.store(store.name()), fold, changed -> {
                    var key = sendOnUnder.apply(changed);
                    if (key != null) {
                        target.forward(record.withKey(key).withValue(changed));
                    }
                });
        return new Projection<>(step, List.of(store));
    }

    private static <E, V> void foldInto(
            Record<String, E> record, KeyValueStore<String, V> values, Fold<E, V> fold, Consumer<V> changed) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        var before = values.get(record.key());
        var after = fold.apply(record.key(), before, record.value());
        if (after == null || after.equals(before)) {
            return;
        }
        values.put(record.key(), after);
        changed.accept(after);
    }

    @Override
    public Processor<KIn, VIn, KOut, VOut> get() {
        return new Processor<>() {
            private Target<KOut, VOut> target;

            @Override
            public void init(ProcessorContext<KOut, VOut> context) {
                target = new Target<>(context);
            }

            @Override
            public void process(Record<KIn, VIn> record) {
                step.apply(record, target);
            }
        };
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
        return stores;
    }
}
