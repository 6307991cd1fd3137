package edu.lifecycle.admissions.intake.stream;

import edu.lifecycle.admissions.intake.IntakeDecider;
import edu.lifecycle.admissions.intake.IntakeEvent;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.command.ReadinessProbe;
import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.servicekit.json.KitJson;
import edu.lifecycle.servicekit.observe.KitObservations;
import edu.lifecycle.servicekit.observe.TraceHeaders;
import edu.lifecycle.servicekit.stream.DeadLetterReplay;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The kit's decide step for the intake, reading and writing the intake entry by entry ({@link StoredIntake}) instead
 * of as one value: the kit's aggregates load and store their whole state per command, which for an intake grew with
 * every placed student. Everything else is the kit's contract: a repeated command id answers the first outcome, a
 * command that fails is answered {@code FAILED} and dead-lettered (and decided again only when an operator replays
 * it), event and follow-up ids derive from the command, and all writes commit in the task's transaction.
 */
final class IntakeDecideProcessor implements Processor<String, CommandEnvelope, Object, Object> {

    private final IntakeDecider decider;
    private final IntakeNotices notices;
    private final IntakeAggregate.Nodes nodes;
    private ProcessorContext<Object, Object> context;
    private StoredIntake.IntakeStores stores;
    private KeyValueStore<String, CommandOutcome> processed;
    private KitObservations observations = KitObservations.none();

    IntakeDecideProcessor(IntakeDecider decider, IntakeNotices notices, IntakeAggregate.Nodes nodes) {
        this.decider = decider;
        this.notices = notices;
        this.nodes = nodes;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
        this.stores = new StoredIntake.IntakeStores(
                context.getStateStore(IntakeAggregate.STATE_STORE),
                context.getStateStore(IntakeAggregate.STUDENTS_STORE),
                context.getStateStore(IntakeAggregate.SEATS_STORE),
                context.getStateStore(IntakeAggregate.WAITLIST_STORE));
        this.processed = context.getStateStore(IntakeAggregate.PROCESSED_COMMANDS_STORE);
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
            forwardOutcome(record, CommandOutcome.accepted(envelope.commandId(), record.key(), null, now()));
            return;
        }
        CommandOutcome outcome = processed.get(envelope.commandId());
        RuntimeException failure = null;
        if (outcome == null || replaysFailure(record, outcome)) {
            long started = System.nanoTime();
            try {
                outcome = decide(record).withFingerprint(envelope.fingerprint());
            } catch (RuntimeException e) {
                failure = e;
                outcome = CommandOutcome.failed(envelope.commandId(), record.key(), now())
                        .withFingerprint(envelope.fingerprint());
            }
            processed.put(envelope.commandId(), outcome);
            observations.commandDecided(
                    IntakeAggregate.NAME,
                    envelope.type(),
                    "client",
                    outcome.status().name().toLowerCase(Locale.ROOT),
                    outcome.rejection() == null ? null : outcome.rejection().rule(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
        forwardOutcome(record, outcome);
        if (failure != null) {
            // After the outcome: DeadLetterProcessingHandler writes the raw command aside in the same transaction.
            throw failure;
        }
    }

    private static boolean replaysFailure(Record<String, CommandEnvelope> record, CommandOutcome outcome) {
        return outcome.status() == CommandOutcome.Status.FAILED && DeadLetterReplay.isReplay(record.headers());
    }

    private CommandOutcome decide(Record<String, CommandEnvelope> record) {
        String key = record.key();
        CommandEnvelope envelope = record.value();
        var command = IntakeCommandFormat.CODEC.decode(envelope);
        // The decider refuses a command whose intake is not the record's key.
        var intake = StoredIntake.open(stores, IntakeAggregate.keyOf(key));
        Decision<IntakeEvent> decision = decider.decide(intake, command);
        if (decision instanceof Decision.Rejected<IntakeEvent> rejected) {
            return CommandOutcome.rejected(envelope.commandId(), key, rejected.rejection(), now());
        }
        List<IntakeEvent> events = ((Decision.Accepted<IntakeEvent>) decision).events();
        List<Publication> publications = new ArrayList<>();
        for (int index = 0; index < events.size(); index++) {
            IntakeEvent event = events.get(index);
            intake.record(event);
            publications.addAll(notices.of(new EventContext(nodes.origin(), key, envelope.commandId(), index), event));
        }
        // Everything is computed; an unknown target topic is a defect found before anything is written.
        publications.forEach(publication -> nodes.sinkFor(publication.topic()));
        intake.write();
        for (Publication publication : publications) {
            context.forward(
                    new Record<>(
                            publication.key(),
                            publication.value(),
                            record.timestamp(),
                            TraceHeaders.carried(record.headers())),
                    nodes.sinkFor(publication.topic()));
        }
        return CommandOutcome.accepted(
                envelope.commandId(), key, KitJson.toTree(IntakeCounts.of(intake.tally())), now());
    }

    private void forwardOutcome(Record<String, CommandEnvelope> record, CommandOutcome outcome) {
        context.forward(
                new Record<>(outcome.commandId(), outcome, record.timestamp(), TraceHeaders.carried(record.headers())),
                nodes.outcomeSink());
    }

    private Instant now() {
        return Instant.ofEpochMilli(context.currentSystemTimeMs());
    }
}
