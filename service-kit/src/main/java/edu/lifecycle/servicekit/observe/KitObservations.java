package edu.lifecycle.servicekit.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The kit's own meters and its record tracing, in one object. The command side and the read models reach it through
 * their Streams configuration ({@link #CONFIG_KEY}), so processors and exception handlers built by Kafka Streams
 * record into the service's registry; without it (a {@code TopologyTestDriver} test) everything is a no-op.
 *
 * <p>Meter names, as Prometheus shows them: {@code lifecycle_commands_total}, {@code lifecycle_command_decide_seconds},
 * {@code lifecycle_command_wait_seconds}, {@code lifecycle_policy_rejections_total},
 * {@code lifecycle_dead_letters_total}, {@code lifecycle_streams_staleness_seconds}; the lag is
 * {@link StreamsLag}'s. Every meter also carries the {@code service} tag the kit adds to the registry.
 */
public final class KitObservations {

    /** The key under which the Streams configuration carries this object. */
    public static final String CONFIG_KEY = "lifecycle.kit.observations";

    public static final String COMMANDS = "lifecycle.commands";
    public static final String DECIDE = "lifecycle.command.decide";
    public static final String WAIT = "lifecycle.command.wait";
    public static final String POLICY_REJECTIONS = "lifecycle.policy.rejections";
    public static final String DEAD_LETTERS = "lifecycle.dead.letters";
    public static final String STALENESS = "lifecycle.streams.staleness";

    /** The tag value of a command that no rule refused. */
    public static final String NO_RULE = "none";

    private static final KitObservations NONE =
            new KitObservations(new CompositeMeterRegistry(), RecordTracing.NONE, Clock.systemUTC());

    private final MeterRegistry registry;
    private final RecordTracing tracing;
    private final Clock clock;
    private final Map<String, AtomicLong> lastApplied = new ConcurrentHashMap<>();

    public KitObservations(MeterRegistry registry, RecordTracing tracing, Clock clock) {
        this.registry = registry;
        this.tracing = tracing;
        this.clock = clock;
    }

    /** Records nothing and traces nothing. */
    public static KitObservations none() {
        return NONE;
    }

    /** The object a Streams configuration carries, or {@link #none()}. */
    public static KitObservations from(Map<String, ?> configs) {
        return configs != null && configs.get(CONFIG_KEY) instanceof KitObservations observations ? observations : NONE;
    }

    public RecordTracing tracing() {
        return tracing;
    }

    /** The service's clock: what dates a dead letter. */
    public Clock clock() {
        return clock;
    }

    /**
     * A command decided by an aggregate.
     *
     * @param origin {@code client} (sent over HTTP) or {@code policy} (derived from another service's event)
     * @param outcome {@code accepted}, {@code rejected} or {@code failed}
     * @param rule the rule that refused it, or {@code null}
     */
    public void commandDecided(
            String aggregate, String type, String origin, String outcome, String rule, Duration decideTime) {
        Counter.builder(COMMANDS)
                .description("Commands decided, by aggregate, type, origin, outcome and refusing rule")
                .tag("aggregate", aggregate)
                .tag("type", type)
                .tag("origin", origin)
                .tag("outcome", outcome)
                .tag("rule", rule == null ? NO_RULE : rule)
                .register(registry)
                .increment();
        Timer.builder(DECIDE)
                .description("Time to load the state, decide and fold the events of one command")
                .tag("aggregate", aggregate)
                .tag("type", type)
                .publishPercentileHistogram()
                .register(registry)
                .record(decideTime);
    }

    /**
     * A request's wait for its command's outcome.
     *
     * @param result {@code accepted}, {@code rejected}, {@code failed}, or {@code pending} when the wait ran out (202)
     */
    public void commandAwaited(String type, String result, Duration waited) {
        Timer.builder(WAIT)
                .description("Time an HTTP request waited for its command's outcome")
                .tag("type", type)
                .tag("result", result)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry)
                .record(waited);
    }

    /** Another service's event whose command a rule of this service refused. */
    public void policyRejected(String policy, String type, String rule) {
        Counter.builder(POLICY_REJECTIONS)
                .description("Commands derived from other services' events that a rule refused")
                .tag("policy", policy)
                .tag("type", type)
                .tag("rule", rule)
                .register(registry)
                .increment();
    }

    /**
     * A record set aside on a dead-letter topic.
     *
     * @param topic the topic it was read from
     * @param reason what went wrong, as the exception's simple class name (a bounded set, unlike its message)
     */
    public void deadLettered(String topic, Throwable reason) {
        Counter.builder(DEAD_LETTERS)
                .description("Records set aside on a dead-letter topic, by source topic and reason")
                .tag("topic", topic == null ? "unknown" : topic)
                .tag("reason", reason == null ? "unknown" : reason.getClass().getSimpleName())
                .register(registry)
                .increment();
    }

    /**
     * A record applied by a Streams application ({@code commands} or {@code read-models}): the staleness gauge of that
     * application is the age of the last record it applied.
     */
    public void applied(String application, long recordTimestamp) {
        lastApplied.computeIfAbsent(application, this::stalenessOf).accumulateAndGet(recordTimestamp, Math::max);
    }

    private AtomicLong stalenessOf(String application) {
        var last = new AtomicLong(Long.MIN_VALUE);
        Gauge.builder(STALENESS, last, this::ageSeconds)
                .description("Age of the last record the Streams application applied (now minus its timestamp)")
                .tag("application", application)
                .baseUnit("seconds")
                .register(registry);
        return last;
    }

    private double ageSeconds(AtomicLong lastTimestamp) {
        long last = lastTimestamp.get();
        if (last == Long.MIN_VALUE) {
            return Double.NaN;
        }
        return Math.max(0, clock.millis() - last) / (double) TimeUnit.SECONDS.toMillis(1);
    }
}
