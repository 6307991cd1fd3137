package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.command.CommandCodec;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandMeta;
import java.util.Objects;
import java.util.function.Function;

/**
 * The command a policy derives from an event. The kit owns what the envelope carries (the command id, derived from
 * the event's, and the event's time) and hands it to the policy's command as a {@link CommandMeta}.
 */
public final class PolicyCommand {

    private final String sourceEventId;
    private final Function<CommandMeta, CommandEnvelope> envelope;

    private PolicyCommand(String sourceEventId, Function<CommandMeta, CommandEnvelope> envelope) {
        this.sourceEventId = sourceEventId;
        this.envelope = envelope;
    }

    /**
     * A domain command, written with the aggregate's codec.
     *
     * @param sourceEventId the event's own id, from which the command id is derived; when {@code null}, the event's
     *     topic, partition and offset are used instead
     */
    public static <C> PolicyCommand of(
            CommandCodec<C> codec, String sourceEventId, Function<CommandMeta, ? extends C> command) {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(command, "command");
        return new PolicyCommand(sourceEventId, meta -> codec.envelope(meta, command.apply(meta)));
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    /** The command in its envelope, with the id and time the kit chose. */
    CommandEnvelope envelope(CommandMeta meta) {
        return envelope.apply(meta);
    }
}
