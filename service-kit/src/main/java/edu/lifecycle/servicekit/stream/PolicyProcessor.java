package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.observe.TraceHeaders;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Turns events into this service's commands, and hands each to the aggregate's decide node in this task, or, for
 * another aggregate key than the event's own, to the commands topic (see {@link Policies}). The command id and time
 * come from the event, never from a clock, so a redelivered event makes the same command, which the aggregate's
 * de-duplication then ignores. The time is the event's own {@code occurredAt} (domain time): the record's timestamp is
 * the broker's clock, months away from the fact in a played year or a replay.
 */
final class PolicyProcessor<V> implements Processor<String, V, String, CommandEnvelope> {

    private static final String PREFIX = "policy:";

    private final String name;
    private final PolicyTranslator<V> translator;
    private final String decideHere;
    private final String toCommandsTopic;
    private ProcessorContext<String, CommandEnvelope> context;

    /**
     * @param decideHere the name of the decide node of this task
     * @param toCommandsTopic the name of the sink to the commands topic
     */
    PolicyProcessor(String name, PolicyTranslator<V> translator, String decideHere, String toCommandsTopic) {
        this.name = name;
        this.translator = translator;
        this.decideHere = decideHere;
        this.toCommandsTopic = toCommandsTopic;
    }

    @Override
    public void init(ProcessorContext<String, CommandEnvelope> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, V> record) {
        Optional<PolicyCommand> command;
        try {
            command = translator.translate(record.key(), record.value());
        } catch (RuntimeException e) {
            // DeadLetterProcessingHandler sets the event aside, raw, as it was read.
            throw new PolicyTranslationException(name, e);
        }
        Instant occurredAt =
                EventTimes.occurredAt(record.value()).orElseGet(() -> Instant.ofEpochMilli(record.timestamp()));
        command.ifPresent(c -> {
            var envelope = c.envelope(new CommandMeta(commandId(c), occurredAt, Optional.empty()));
            if (decidesHere(record, envelope)) {
                // With the event's trace: one trace spans the services an event sets in motion.
                context.forward(
                        new Record<>(envelope.aggregateKey(), envelope, record.timestamp(), record.headers()),
                        decideHere);
            } else {
                context.forward(
                        new Record<>(envelope.aggregateKey(), envelope, record.timestamp(), carried(record.headers())),
                        toCommandsTopic);
            }
        });
    }

    /**
     * Whether the aggregate's state is in this task: the event is keyed by the aggregate's key in a topic
     * co-partitioned with the commands topic. A replayed dead letter is in the partition its first read was recorded
     * in, which an operator's tool cannot vouch for: it goes through the commands topic, keyed by the aggregate.
     */
    private static boolean decidesHere(Record<String, ?> record, CommandEnvelope command) {
        return command.aggregateKey().equals(record.key()) && !DeadLetterReplay.isReplay(record.headers());
    }

    /** The trace, and the mark of an operator's replay, which lets a command that failed be decided again. */
    private static Headers carried(Headers source) {
        Headers carried = TraceHeaders.carried(source);
        Header replay = source.lastHeader(DeadLetterReplay.REPLAY_OF);
        if (replay != null) {
            carried.add(replay);
        }
        return carried;
    }

    private String commandId(PolicyCommand command) {
        if (command.sourceEventId() != null) {
            return PREFIX + name + ":" + command.sourceEventId();
        }
        RecordMetadata source = context.recordMetadata().orElseThrow();
        return PREFIX + name + ":" + source.topic() + "-" + source.partition() + "@" + source.offset();
    }

    /** The policy that made a command, from its id; empty for a command a client or an aggregate sent. */
    static Optional<String> policyOf(String commandId) {
        if (!commandId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int end = commandId.indexOf(':', PREFIX.length());
        return Optional.of(end < 0 ? commandId.substring(PREFIX.length()) : commandId.substring(PREFIX.length(), end));
    }
}
