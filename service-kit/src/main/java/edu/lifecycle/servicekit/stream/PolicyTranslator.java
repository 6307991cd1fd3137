package edu.lifecycle.servicekit.stream;

import java.util.Optional;

/**
 * Reads another service's event at the edge and says what this service must do about it.
 *
 * @param <V> the event's type as read from its topic (an Avro SpecificRecord for a public topic)
 */
@FunctionalInterface
public interface PolicyTranslator<V> {

    /**
     * This service's command for the event, or empty when the event does not concern the service. {@code event} is
     * {@code null} for a tombstone. Throwing sends the event to {@code <source topic>-dlt}.
     */
    Optional<PolicyCommand> translate(String key, V event);
}
