package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.observe.KitObservations;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record that a processor throws on (a command that cannot be decided, a policy that cannot translate an event, a
 * projection defect) goes, as read from its source topic, to the consumer's {@code <application id>-dlt}, and the
 * stream goes on. Retrying would not help: the
 * processors are deterministic, so a crash would repeat forever and block the partition.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

    private KitObservations observations = KitObservations.none();
    private String consumer;

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (context.topic() == null) {
            // A punctuation has no source record to set aside.
            log.error("Processor {} failed outside any record", context.processorNodeId(), exception);
            return Response.resume();
        }
        log.warn(
                "Dead-lettering a record for student {} from {}-{} at offset {} that processor {} failed on: {}",
                DeadLetters.keyOf(context.sourceRawKey()),
                context.topic(),
                context.partition(),
                context.offset(),
                context.processorNodeId(),
                DeadLetters.reasonOf(exception));
        observations.deadLettered(context.topic(), exception);
        return Response.resume(List.of(DeadLetters.record(
                consumer,
                context.topic(),
                context.partition(),
                context.offset(),
                context.sourceRawKey(),
                context.sourceRawValue(),
                context.headers(),
                exception,
                observations.clock().instant())));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        observations = KitObservations.from(configs);
        consumer = DeadLetters.consumerOf(configs);
    }
}
