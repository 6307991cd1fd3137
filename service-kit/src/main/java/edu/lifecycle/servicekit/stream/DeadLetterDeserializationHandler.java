package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.observe.KitObservations;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record whose key or value cannot be read goes, as it came, to the consumer's {@code <application id>-dlt}, in the same
 * transaction as the rest of the task's output; the stream goes on with the next record. A poison record must
 * neither stop a partition nor vanish.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);

    private KitObservations observations = KitObservations.none();
    private String consumer;

    @Override
    public Response handleError(
            ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        log.warn(
                "Dead-lettering an unreadable record for student {} from {}-{} at offset {}: {}",
                DeadLetters.keyOf(record.key()),
                record.topic(),
                record.partition(),
                record.offset(),
                DeadLetters.reasonOf(exception));
        observations.deadLettered(record.topic(), exception);
        return Response.resume(List.of(DeadLetters.record(
                consumer,
                record.topic(),
                record.partition(),
                record.offset(),
                record.key(),
                record.value(),
                record.headers(),
                exception,
                observations.clock().instant())));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        observations = KitObservations.from(configs);
        consumer = DeadLetters.consumerOf(configs);
    }
}
