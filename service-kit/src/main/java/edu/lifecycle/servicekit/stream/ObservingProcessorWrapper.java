package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.observe.KitObservations;
import edu.lifecycle.servicekit.observe.RecordTracing;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.ProcessorWrapper;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.processor.api.WrappedFixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.WrappedProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps every processor of a service's topologies, DSL ones included (Kafka Streams' {@code processor.wrapper.class}),
 * so that tracing and staleness are done once, here, and no service writes any of it.
 *
 * <p>The first processor a record reaches after its source opens the record's span, as a child of the
 * {@code traceparent} in the record's headers, and hands the processors the record with its own span in the headers:
 * everything they forward (the DSL keeps headers; the kit's decide and policy processors carry them over) is written
 * with it, so the trace goes on through the next topic. Processors the record then reaches by forwarding run inside
 * that span. The same first processor notes the record's timestamp as the application's last applied one.
 */
public final class ObservingProcessorWrapper implements ProcessorWrapper {

    /** The Streams application role ({@code commands} or {@code read-models}) the configuration names. */
    public static final String ROLE_KEY = "lifecycle.kit.application-role";

    private static final Logger log = LoggerFactory.getLogger(ObservingProcessorWrapper.class);

    /** Whether a record is being processed on this thread: nested processors run inside its span. */
    private static final ThreadLocal<Boolean> PROCESSING = ThreadLocal.withInitial(() -> false);

    private KitObservations observations = KitObservations.none();
    private String role = "streams";

    @Override
    public void configure(Map<String, ?> configs) {
        observations = KitObservations.from(configs);
        if (configs.get(ROLE_KEY) instanceof String configured) {
            role = configured;
        }
    }

    @Override
    public <KIn, VIn, KOut, VOut> WrappedProcessorSupplier<KIn, VIn, KOut, VOut> wrapProcessorSupplier(
            String processorName, ProcessorSupplier<KIn, VIn, KOut, VOut> supplier) {
        return new WrappedProcessorSupplier<>() {
            @Override
            public Processor<KIn, VIn, KOut, VOut> get() {
                Processor<KIn, VIn, KOut, VOut> processor = supplier.get();
                return processor instanceof PunctuationOnly ? processor : new Observed<>(processorName, processor);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return supplier.stores();
            }
        };
    }

    @Override
    public <KIn, VIn, VOut> WrappedFixedKeyProcessorSupplier<KIn, VIn, VOut> wrapFixedKeyProcessorSupplier(
            String processorName, FixedKeyProcessorSupplier<KIn, VIn, VOut> supplier) {
        return new WrappedFixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<KIn, VIn, VOut> get() {
                return new ObservedFixedKey<>(processorName, supplier.get());
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return supplier.stores();
            }
        };
    }

    /**
     * Runs {@code process} with headers carrying the record's span, or, for a record reached by forwarding while
     * another is processed on this thread, with its own headers inside that record's span.
     */
    private void observe(
            String processorName, RecordMetadata source, long timestamp, Headers headers, Consumer<Headers> process) {
        if (PROCESSING.get()) {
            process.accept(headers);
            return;
        }
        PROCESSING.set(true);
        try (var processing = open(processorName, source, timestamp, headers)) {
            try {
                process.accept(processing.headers(headers));
            } catch (RuntimeException e) {
                processing.error(e);
                throw e;
            }
        } finally {
            PROCESSING.set(false);
        }
    }

    private RecordTracing.Processing open(
            String processorName, RecordMetadata source, long timestamp, Headers headers) {
        if (source == null || source.topic() == null) {
            // A punctuation's output: no input was applied, and there is no record's trace to continue.
            return RecordTracing.Processing.NONE;
        }
        try {
            observations.applied(role, timestamp);
            return observations
                    .tracing()
                    .process(
                            headers,
                            "process " + source.topic(),
                            Map.of(
                                    "messaging.system",
                                    "kafka",
                                    "messaging.destination.name",
                                    source.topic(),
                                    "messaging.kafka.partition",
                                    Integer.toString(source.partition()),
                                    "messaging.kafka.offset",
                                    Long.toString(source.offset()),
                                    "lifecycle.streams.application",
                                    role,
                                    "lifecycle.streams.processor",
                                    processorName));
        } catch (RuntimeException e) {
            // Observing must never stop the processing of a record.
            log.debug("Could not observe a record of {}: {}", source.topic(), String.valueOf(e));
            return RecordTracing.Processing.NONE;
        }
    }

    private final class Observed<KIn, VIn, KOut, VOut> implements Processor<KIn, VIn, KOut, VOut> {

        private final String name;
        private final Processor<KIn, VIn, KOut, VOut> delegate;
        private ProcessorContext<KOut, VOut> context;

        Observed(String name, Processor<KIn, VIn, KOut, VOut> delegate) {
            this.name = name;
            this.delegate = delegate;
        }

        @Override
        public void init(ProcessorContext<KOut, VOut> context) {
            this.context = context;
            delegate.init(context);
        }

        @Override
        public void process(Record<KIn, VIn> record) {
            observe(
                    name,
                    context.recordMetadata().orElse(null),
                    record.timestamp(),
                    record.headers(),
                    headers -> delegate.process(record.withHeaders(headers)));
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    private final class ObservedFixedKey<KIn, VIn, VOut> implements FixedKeyProcessor<KIn, VIn, VOut> {

        private final String name;
        private final FixedKeyProcessor<KIn, VIn, VOut> delegate;
        private FixedKeyProcessorContext<KIn, VOut> context;

        ObservedFixedKey(String name, FixedKeyProcessor<KIn, VIn, VOut> delegate) {
            this.name = name;
            this.delegate = delegate;
        }

        @Override
        public void init(FixedKeyProcessorContext<KIn, VOut> context) {
            this.context = context;
            delegate.init(context);
        }

        @Override
        public void process(FixedKeyRecord<KIn, VIn> record) {
            observe(
                    name,
                    context.recordMetadata().orElse(null),
                    record.timestamp(),
                    record.headers(),
                    headers -> delegate.process(record.withHeaders(headers)));
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
