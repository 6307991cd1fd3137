package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.command.PolicyRejection;
import edu.lifecycle.servicekit.command.ReadinessProbe;
import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.servicekit.decision.Rejection;
import edu.lifecycle.servicekit.json.KitJson;
import edu.lifecycle.servicekit.observe.KitObservations;
import edu.lifecycle.servicekit.observe.TraceHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one command to one aggregate: de-duplicate by command id, load the state, decide, fold the events, store
 * the state, publish, and emit the outcome. Everything it writes (state, publications, outcome, dead letter) commits
 * in the task's exactly-once transaction, so a crash never applies a command twice or loses an accepted one.
 */
final class DecideProcessor<S, C, E> implements Processor<String, CommandEnvelope, Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(DecideProcessor.class);

    private final Aggregate<S, C, E> aggregate;
    private final AggregateNodes nodes;
    private ProcessorContext<Object, Object> context;
    private KeyValueStore<String, S> states;
    private KeyValueStore<String, CommandOutcome> processed;
    private KitObservations observations = KitObservations.none();

    DecideProcessor(Aggregate<S, C, E> aggregate, AggregateNodes nodes) {
        this.aggregate = aggregate;
        this.nodes = nodes;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
        this.states = context.getStateStore(aggregate.stateStore());
        this.processed = context.getStateStore(aggregate.processedCommandsStore());
        this.observations = KitObservations.from(context.appConfigs());
    }

    @Override
    public void process(Record<String, CommandEnvelope> record) {
        CommandEnvelope envelope = record.value();
        if (envelope == null || record.key() == null) {
            // DeadLetterProcessingHandler sets the record aside, raw, in the consumer's dead-letter topic.
            throw new IllegalArgumentException("A command record needs a key and a value");
        }
        if (ReadinessProbe.isProbe(envelope)) {
            // The instance asking itself whether it can answer commands: answered, remembered nowhere.
            var answer = CommandOutcome.accepted(envelope.commandId(), record.key(), null, now());
            context.forward(
                    new Record<>(
                            envelope.commandId(), answer, record.timestamp(), TraceHeaders.carried(record.headers())),
                    nodes.outcomeSink());
            return;
        }
        // A repeated id is answered with the first outcome, which names the first request's fingerprint: the waiting
        // client of a different request under the same id is refused by the gateway, and nothing is applied twice.
        CommandOutcome outcome = processed.get(envelope.commandId());
        RuntimeException failure = null;
        if (outcome == null || replaysFailure(record, outcome)) {
            long started = System.nanoTime();
            try {
                outcome = decide(record).withFingerprint(envelope.fingerprint());
            } catch (RuntimeException e) {
                // A command that cannot be read or decided is a defect, not a rule: its client learns that it failed,
                // and the command is set aside (below) for an operator to replay once the defect is fixed.
                failure = e;
                outcome = CommandOutcome.failed(envelope.commandId(), record.key(), now())
                        .withFingerprint(envelope.fingerprint());
            }
            processed.put(envelope.commandId(), outcome);
            count(envelope, outcome, Duration.ofNanos(System.nanoTime() - started));
        }
        context.forward(
                new Record<>(envelope.commandId(), outcome, record.timestamp(), TraceHeaders.carried(record.headers())),
                nodes.outcomeSink());
        if (failure != null) {
            // Thrown after the outcome was forwarded: DeadLetterProcessingHandler writes the raw command to the
            // consumer's dead-letter topic in the same transaction, and the stream goes on.
            throw failure;
        }
    }

    /**
     * A dead letter replayed by an operator after a fix is decided again if, and only if, its first try failed: a
     * failed command changed nothing, and once it is accepted or rejected a further replay is its first outcome again.
     */
    private static boolean replaysFailure(Record<String, CommandEnvelope> record, CommandOutcome outcome) {
        return outcome.status() == CommandOutcome.Status.FAILED && DeadLetterReplay.isReplay(record.headers());
    }

    private void count(CommandEnvelope envelope, CommandOutcome outcome, Duration decideTime) {
        observations.commandDecided(
                aggregate.name(),
                envelope.type(),
                PolicyProcessor.policyOf(envelope.commandId()).isPresent() ? "policy" : "client",
                outcome.status().name().toLowerCase(java.util.Locale.ROOT),
                outcome.rejection() == null ? null : outcome.rejection().rule(),
                decideTime);
    }

    private CommandOutcome decide(Record<String, CommandEnvelope> record) {
        String key = record.key();
        CommandEnvelope envelope = record.value();
        Step<S> step = step(key, envelope);
        if (step.rejection() != null) {
            PolicyProcessor.policyOf(envelope.commandId())
                    .ifPresent(policy -> recordPolicyRejection(record, policy, step.rejection()));
            return step.rejection();
        }
        if (step.changed()) {
            states.put(key, step.state());
        }
        for (Publication publication : step.publications()) {
            // The event goes on in the command's trace: whoever reads it continues from here.
            context.forward(
                    new Record<>(
                            publication.key(),
                            publication.value(),
                            record.timestamp(),
                            TraceHeaders.carried(record.headers())),
                    nodes.sinkFor(publication.topic()));
        }
        return CommandOutcome.accepted(envelope.commandId(), key, KitJson.toTree(aggregate.view(step.state())), now());
    }

    /** Everything the command would change, computed before anything is written, so a failure writes nothing. */
    private Step<S> step(String key, CommandEnvelope envelope) {
        C command = aggregate.toCommand(envelope);
        S state = Optional.ofNullable(states.get(key)).orElseGet(() -> aggregate.initial(key));
        Decision<E> decision = aggregate.decide(state, command);
        if (decision instanceof Decision.Rejected<E> rejected) {
            return Step.rejected(CommandOutcome.rejected(envelope.commandId(), key, rejected.rejection(), now()));
        }
        List<E> events = ((Decision.Accepted<E>) decision).events();
        List<Publication> publications = new ArrayList<>();
        for (int index = 0; index < events.size(); index++) {
            E event = events.get(index);
            state = aggregate.evolve(state, event);
            publications.addAll(
                    aggregate.publish(new EventContext(nodes.origin(), key, envelope.commandId(), index), event));
        }
        // An unknown target topic is a defect of the aggregate's description: find it now, before anything is written.
        publications.forEach(publication -> nodes.sinkFor(publication.topic()));
        return new Step<>(state, !events.isEmpty(), publications, null);
    }

    /** Another service's event refused here is an operator's business: logged, and kept in a read model. */
    private void recordPolicyRejection(Record<String, CommandEnvelope> record, String policy, CommandOutcome outcome) {
        CommandEnvelope envelope = record.value();
        Rejection rejection = outcome.rejection();
        RecordMetadata source = context.recordMetadata().orElse(null);
        log.warn(
                "Policy {} refused {} for student {}: rule {} ({}); command {} from {}-{} at offset {}",
                policy,
                envelope.type(),
                record.key(),
                rejection.rule(),
                rejection.detail(),
                envelope.commandId(),
                source == null ? "?" : source.topic(),
                source == null ? "?" : source.partition(),
                source == null ? "?" : source.offset());
        observations.policyRejected(policy, envelope.type(), rejection.rule());
        if (nodes.policyRejectionSink() == null) {
            return;
        }
        var refused = new PolicyRejection(
                envelope.commandId(),
                policy,
                record.key(),
                envelope.type(),
                rejection.rule(),
                rejection.detail(),
                envelope.issuedAt(),
                outcome.decidedAt());
        context.forward(
                new Record<>(
                        PolicyRejection.ROUTING_KEY,
                        refused,
                        record.timestamp(),
                        TraceHeaders.carried(record.headers())),
                nodes.policyRejectionSink());
    }

    private Instant now() {
        return Instant.ofEpochMilli(context.currentSystemTimeMs());
    }

    private record Step<S>(S state, boolean changed, List<Publication> publications, CommandOutcome rejection) {

        static <S> Step<S> rejected(CommandOutcome rejection) {
            return new Step<>(null, false, List.of(), rejection);
        }
    }
}
