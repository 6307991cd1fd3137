package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.observe.TraceHeaders;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Turns events into this service's commands. The command id and time come from the event, never from a clock, so
 * a redelivered event makes the same command, which the aggregate's de-duplication then ignores. The time is the
 * event's own {@code occurredAt} (domain time): the record's timestamp is the broker's clock, months away from the
 * fact in a played year or a replay.
 */
final class PolicyProcessor<V> implements Processor<String, V, String, CommandEnvelope> {

    private static final String PREFIX = "policy:";

    private final String name;
    private final PolicyTranslator<V> translator;
    private ProcessorContext<String, CommandEnvelope> context;

    PolicyProcessor(String name, PolicyTranslator<V> translator) {
        this.name = name;
        this.translator = translator;
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
        // The command goes on in the event's trace, so one trace spans the services an event sets in motion.
        command.ifPresent(c -> context.forward(new Record<>(
                c.aggregateKey(),
                CommandEnvelope.of(commandId(c), c.aggregateKey(), c.type(), c.payload(), occurredAt),
                record.timestamp(),
                TraceHeaders.carried(record.headers()))));
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
