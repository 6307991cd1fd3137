package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.topic.Topic;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    public CommandGateway(
            Producer<String, CommandEnvelope> producer,
            Topic<String, CommandEnvelope> defaultTopic,
            PendingOutcomes pending,
            OutcomeStore outcomes,
            Clock clock,
            Duration timeout) {
        this.producer = producer;
        this.defaultTopic = defaultTopic;
        this.pending = pending;
        this.outcomes = outcomes;
        this.clock = clock;
        this.timeout = timeout;
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
     * Sends a command from an HTTP request to the service's commands topic.
     *
     * @param idempotencyKey the client's {@code Idempotency-Key}, or {@code null}; becomes the command id
     */
    public Submission submit(String idempotencyKey, String aggregateKey, String type, Object payload) {
        return submit(defaultTopic, idempotencyKey, aggregateKey, type, payload);
    }

    /** Sends a command to another commands topic, e.g. an aggregate keyed by programme-year. */
    public Submission submit(
            Topic<String, CommandEnvelope> topic,
            String idempotencyKey,
            String aggregateKey,
            String type,
            Object payload) {
        var envelope = CommandEnvelope.of(
                        CommandIds.fromIdempotencyKey(idempotencyKey), aggregateKey, type, payload, clock.instant())
                .withFingerprint(RequestFingerprint.of(topic.name(), aggregateKey, type, payload));
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

    private Submission sendAndWait(Topic<String, CommandEnvelope> topic, CommandEnvelope envelope) {
        CompletableFuture<CommandOutcome> outcome = pending.expect(envelope.commandId(), envelope.fingerprint());
        try {
            producer.send(new ProducerRecord<>(topic.name(), envelope.aggregateKey(), envelope), (metadata, error) -> {
                if (error != null) {
                    outcome.completeExceptionally(error);
                }
            });
            return new Submission.Decided(outcome.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
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
