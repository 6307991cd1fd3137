package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.command.CommandEnvelope;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Turns events into this service's commands. The command id and time come from the event, never from the clock, so
 * a redelivered event makes the same command, which the aggregate's de-duplication then ignores.
 */
final class PolicyProcessor<V> implements Processor<String, V, String, CommandEnvelope> {

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
        command.ifPresent(c -> context.forward(new Record<>(
                c.aggregateKey(),
                CommandEnvelope.of(
                        commandId(c),
                        c.aggregateKey(),
                        c.type(),
                        c.payload(),
                        Instant.ofEpochMilli(record.timestamp())),
                record.timestamp())));
    }

    private String commandId(PolicyCommand command) {
        if (command.sourceEventId() != null) {
            return "policy:" + name + ":" + command.sourceEventId();
        }
        RecordMetadata source = context.recordMetadata().orElseThrow();
        return "policy:" + name + ":" + source.topic() + "-" + source.partition() + "@" + source.offset();
    }
}
