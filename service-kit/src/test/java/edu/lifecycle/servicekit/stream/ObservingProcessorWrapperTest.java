package edu.lifecycle.servicekit.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.observe.KitObservations;
import edu.lifecycle.servicekit.observe.RecordTracing;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/** Every processor observed once per record, DSL and punctuation included, and the record's trace handed on. */
class ObservingProcessorWrapperTest {

    private final List<String> spans = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** A tracing that opens a "span" per traced record and replaces the traceparent with its own. */
    private final RecordTracing tracing = new RecordTracing() {
        @Override
        public void injectCurrent(Headers headers) {}

        @Override
        public Processing process(Headers headers, String name, Map<String, String> tags) {
            if (headers.lastHeader("traceparent") == null) {
                return Processing.NONE;
            }
            spans.add(name);
            return new Processing() {
                @Override
                public Headers headers(Headers original) {
                    var carried = new RecordHeaders();
                    carried.add(
                            "traceparent", ("00-trace-span" + spans.size() + "-01").getBytes(StandardCharsets.UTF_8));
                    return carried;
                }

                @Override
                public void error(Throwable error) {}

                @Override
                public void close() {}
            };
        }
    };

    @Test
    void aTracedRecordOpensOneSpanAndItsOutputCarriesTheSpansContext() {
        var observations = new KitObservations(
                meters, tracing, Clock.fixed(Instant.parse("2026-09-01T09:00:10Z"), ZoneOffset.UTC));
        var builder = ServiceTopology.observedBuilder("app", "localhost:9092", "read-models", observations);
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
                .filter((key, value) -> true)
                .mapValues(value -> value.toUpperCase())
                .to("out", Produced.with(Serdes.String(), Serdes.String()));

        try (var driver = new TopologyTestDriver(builder.build(), config(observations))) {
            var in = driver.createInputTopic(
                    "in", Serdes.String().serializer(), Serdes.String().serializer());
            var out = driver.createOutputTopic(
                    "out", Serdes.String().deserializer(), Serdes.String().deserializer());
            var headers = new RecordHeaders();
            headers.add("traceparent", "00-trace-parent-01".getBytes(StandardCharsets.UTF_8));
            in.pipeInput(new TestRecord<>("k", "v", headers, Instant.parse("2026-09-01T09:00:00Z")));
            in.pipeInput(new TestRecord<>("k2", "w", new RecordHeaders(), Instant.parse("2026-09-01T09:00:04Z")));

            var traced = out.readRecord();
            assertThat(traced.value()).isEqualTo("V");
            assertThat(new String(traced.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                    .isEqualTo("00-trace-span1-01");
            assertThat(out.readRecord().headers().lastHeader("traceparent")).isNull();
        }
        assertThat(spans).containsExactly("process in");
        assertThat(meters.get(KitObservations.STALENESS)
                        .tag("application", "read-models")
                        .gauge()
                        .value())
                .isEqualTo(6.0);
    }

    @Test
    void whatAPunctuationForwardsIsNeitherTracedNorCountedAsApplied() {
        var observations = new KitObservations(meters, tracing, Clock.systemUTC());
        var builder = ServiceTopology.observedBuilder("app", "localhost:9092", "read-models", observations);
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
                .process(Ticking::new)
                .filter((key, value) -> true)
                .to("out", Produced.with(Serdes.String(), Serdes.String()));

        try (var driver = new TopologyTestDriver(builder.build(), config(observations))) {
            var out = driver.createOutputTopic(
                    "out", Serdes.String().deserializer(), Serdes.String().deserializer());
            driver.advanceWallClockTime(Duration.ofSeconds(2));

            assertThat(out.readValue()).isEqualTo("tick");
        }
        assertThat(spans).isEmpty();
        assertThat(meters.find(KitObservations.STALENESS).gauge()).isNull();
    }

    @Test
    void aProcessorThatOnlyPunctuatesOpensNoSpanOfItsOwnForTheRecordsItIgnores() {
        var observations = new KitObservations(meters, tracing, Clock.systemUTC());
        var builder = ServiceTopology.observedBuilder("app", "localhost:9092", "commands", observations);
        var in = builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()));
        in.mapValues(value -> value.toUpperCase()).to("out", Produced.with(Serdes.String(), Serdes.String()));
        in.process(QuietTicking::new);

        try (var driver = new TopologyTestDriver(builder.build(), config(observations))) {
            var input = driver.createInputTopic(
                    "in", Serdes.String().serializer(), Serdes.String().serializer());
            var headers = new RecordHeaders();
            headers.add("traceparent", "00-trace-parent-01".getBytes(StandardCharsets.UTF_8));
            input.pipeInput(new TestRecord<>("k", "v", headers, Instant.parse("2026-09-01T09:00:00Z")));
        }
        assertThat(spans).as("the record's one span, not a second, empty one").containsExactly("process in");
    }

    private static Properties config(KitObservations observations) {
        var config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "app");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        config.put(KitObservations.CONFIG_KEY, observations);
        return config;
    }

    /** Forwards a record on a wall-clock schedule, as billing's overdue scan does. */
    private static final class Ticking implements Processor<String, String, String, String> {

        @Override
        public void init(ProcessorContext<String, String> context) {
            context.schedule(
                    Duration.ofSeconds(1),
                    PunctuationType.WALL_CLOCK_TIME,
                    now -> context.forward(new Record<>("t", "tick", now)));
        }

        @Override
        public void process(Record<String, String> record) {}
    }

    private static final class QuietTicking implements Processor<String, String, Void, Void>, PunctuationOnly {

        @Override
        public void process(Record<String, String> record) {}
    }
}
