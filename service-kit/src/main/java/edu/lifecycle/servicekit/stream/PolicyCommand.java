package edu.lifecycle.servicekit.stream;

import java.util.Objects;

/**
 * The command a policy derives from an event.
 *
 * @param aggregateKey the aggregate that must decide
 * @param type the command type, as the aggregate's {@code toCommand} knows it
 * @param payload the command's content, written as JSON
 * @param sourceEventId the event's own id, from which the command id is derived; when {@code null}, the event's
 *     topic, partition and offset are used instead
 */
public record PolicyCommand(String aggregateKey, String type, Object payload, String sourceEventId) {

    public PolicyCommand {
        Objects.requireNonNull(aggregateKey, "aggregateKey");
        Objects.requireNonNull(type, "type");
    }

    public static PolicyCommand of(String aggregateKey, String type, Object payload, String sourceEventId) {
        return new PolicyCommand(aggregateKey, type, payload, sourceEventId);
    }
}
