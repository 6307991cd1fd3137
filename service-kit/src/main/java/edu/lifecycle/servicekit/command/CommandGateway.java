package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.observe.KitObservations;
import edu.lifecycle.servicekit.security.Caller;
import edu.lifecycle.servicekit.security.Callers;
import edu.lifecycle.servicekit.topic.Topic;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command to its aggregate's topic and waits, bounded, for the topology's outcome. A command id that was
 * decided before answers with its first outcome without sending anything.
 */
public final class CommandGateway implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CommandGateway.class);
    private static final Duration MIN_MAX_BLOCK = Duration.ofSeconds(1);

    private final Producer<String, CommandEnvelope> producer;
    private final Topic<String, CommandEnvelope> defaultTopic;
    private final PendingOutcomes pending;
    private final OutcomeStore outcomes;
    private final Clock clock;
    private final Duration timeout;
    private final KitObservations observations;
    private final String instance = UUID.randomUUID().toString();
    private final AtomicLong probes = new AtomicLong();

    public CommandGateway(
            Producer<String, CommandEnvelope> producer,
            Topic<String, CommandEnvelope> defaultTopic,
            PendingOutcomes pending,
            OutcomeStore outcomes,
            Clock clock,
            Duration timeout) {
        this(producer, defaultTopic, pending, outcomes, clock, timeout, KitObservations.none());
    }

    /** A gateway that times each wait and carries the request's trace context in the command record's headers. */
    public CommandGateway(
            Producer<String, CommandEnvelope> producer,
            Topic<String, CommandEnvelope> defaultTopic,
            PendingOutcomes pending,
            OutcomeStore outcomes,
            Clock clock,
            Duration timeout,
            KitObservations observations) {
        this.producer = producer;
        this.defaultTopic = defaultTopic;
        this.pending = pending;
        this.outcomes = outcomes;
        this.clock = clock;
        this.timeout = timeout;
        this.observations = observations;
    }

    /** A producer for commands: every command durable on all replicas, exactly once, and sent without delay. */
    public static Producer<String, CommandEnvelope> producer(
            Map<String, Object> clientConfig, Topic<String, CommandEnvelope> topic, Duration commandTimeout) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Kafka 4 waits 5 ms by default to batch; a waiting HTTP request is worth more than a fuller batch.
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // Without metadata (broker down), send() blocks the request thread: not much longer than it would wait anyway.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.max(MIN_MAX_BLOCK.toMillis(), commandTimeout.toMillis()));
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        var producer = new KafkaProducer<>(
                config, new StringSerializer(), topic.valueSerde().serializer());
        // Fetch the topic's metadata now rather than during the first request.
        producer.partitionsFor(topic.name());
        return producer;
    }

    /**
     * Sends a domain command from an HTTP request to the service's commands topic. The gateway owns what the envelope
     * carries: {@code command} is built from it, never from a body or a clock of its own.
     *
     * @param idempotencyKey the client's {@code Idempotency-Key}, or {@code null}; becomes the command id
     * @param codec the codec of the aggregate's commands: names the type, the aggregate key and the payload
     */
    public <C> Submission submit(
            String idempotencyKey, CommandCodec<C> codec, Function<CommandMeta, ? extends C> command) {
        return submit(defaultTopic, idempotencyKey, codec, command);
    }

    /** Sends a domain command to another commands topic, e.g. an aggregate keyed by programme-year. */
    public <C> Submission submit(
            Topic<String, CommandEnvelope> topic,
            String idempotencyKey,
            CommandCodec<C> codec,
            Function<CommandMeta, ? extends C> command) {
        // Who asked is taken from the token, never from the body (ADR 12).
        var meta = new CommandMeta(
                CommandIds.fromIdempotencyKey(idempotencyKey),
                clock.instant(),
                Callers.find().map(Caller::staffId));
        var unsigned = codec.envelope(meta, command.apply(meta));
        var envelope = unsigned.withFingerprint(
                RequestFingerprint.of(topic.name(), unsigned.aggregateKey(), unsigned.type(), unsigned.payload()));
        // Only a key the client chose can have been used before; a fresh id needs no look-up.
        return idempotencyKey == null ? sendAndWait(topic, envelope) : submit(topic, envelope);
    }

    /**
     * Sends a prepared envelope; a command id that was decided before answers with its first outcome.
     *
     * @throws IdempotencyKeyReusedException when the id was decided, or is awaited, for another request
     */
    public Submission submit(Topic<String, CommandEnvelope> topic, CommandEnvelope envelope) {
        Optional<CommandOutcome> earlier = outcomes.find(envelope.commandId());
        if (earlier.isEmpty()) {
            return sendAndWait(topic, envelope);
        }
        if (!earlier.get().answers(envelope.fingerprint())) {
            throw new IdempotencyKeyReusedException(envelope.commandId());
        }
        return new Submission.Decided(earlier.get());
    }

    /**
     * Sends a {@link ReadinessProbe} to one partition of the default commands topic and waits for its answer: whether
     * this instance can, right now, get a command on that partition decided and hear the outcome.
     */
    public boolean probe(int partition, Duration wait) {
        var envelope = CommandEnvelope.of(
                ReadinessProbe.commandId(instance, partition, probes.incrementAndGet()),
                "probe-" + partition,
                ReadinessProbe.TYPE,
                null,
                clock.instant());
        CompletableFuture<CommandOutcome> outcome = pending.expect(envelope.commandId());
        try {
            producer.send(new ProducerRecord<>(defaultTopic.name(), partition, envelope.aggregateKey(), envelope));
            return outcome.get(wait.toNanos(), TimeUnit.NANOSECONDS).status() == CommandOutcome.Status.ACCEPTED;
        } catch (TimeoutException | ExecutionException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            pending.forget(envelope.commandId(), outcome);
        }
    }

    /** The producer commands are sent with: its metrics are the service's. */
    public Producer<String, CommandEnvelope> producer() {
        return producer;
    }

    /** The partitions of the default commands topic, each of which a ready instance answers on. */
    public int partitions() {
        return producer.partitionsFor(defaultTopic.name()).size();
    }

    private Submission sendAndWait(Topic<String, CommandEnvelope> topic, CommandEnvelope envelope) {
        CompletableFuture<CommandOutcome> outcome = pending.expect(envelope.commandId(), envelope.fingerprint());
        long started = System.nanoTime();
        try {
            var record = new ProducerRecord<>(topic.name(), envelope.aggregateKey(), envelope);
            // The command record carries the request's trace: the decide step, the events and every service they
            // reach continue it.
            observations.tracing().injectCurrent(record.headers());
            producer.send(record, (metadata, error) -> {
                if (error != null) {
                    outcome.completeExceptionally(error);
                }
            });
            var decided = outcome.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            observations.commandAwaited(
                    envelope.type(),
                    decided.status().name().toLowerCase(Locale.ROOT),
                    Duration.ofNanos(System.nanoTime() - started));
            return new Submission.Decided(decided);
        } catch (TimeoutException e) {
            observations.commandAwaited(envelope.type(), "pending", Duration.ofNanos(System.nanoTime() - started));
            return new Submission.Pending(envelope.commandId());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IdempotencyKeyReusedException reused) {
                throw reused;
            }
            throw notSent(envelope, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Submission.Pending(envelope.commandId());
        } catch (RuntimeException e) {
            throw notSent(envelope, e);
        } finally {
            pending.forget(envelope.commandId(), outcome);
        }
    }

    private static CommandNotSentException notSent(CommandEnvelope envelope, Throwable cause) {
        log.warn("Command {} could not be sent: {}", envelope.commandId(), String.valueOf(cause));
        return new CommandNotSentException(envelope.commandId(), cause);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
