package edu.lifecycle.chaos.oracle;

/**
 * One record of a public event topic as the oracle reads it.
 *
 * @param type the Avro record's simple name, or {@code null} for a record that could not be read (a poison record)
 * @param paymentReference a {@code PaymentReceived}'s reference, else {@code null}
 */
public record LoggedEvent(
        String topic,
        int partition,
        long offset,
        String key,
        String type,
        String eventId,
        String studentId,
        String paymentReference) {

    public boolean readable() {
        return type != null;
    }
}
