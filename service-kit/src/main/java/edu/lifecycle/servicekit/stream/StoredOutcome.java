package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.decision.Rejection;
import edu.lifecycle.servicekit.json.KitJson;
import edu.lifecycle.servicekit.state.StateSerde;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serde;

/**
 * A {@link CommandOutcome} as a processed-commands store and its changelog hold it, in binary (ADR 16): its components,
 * the aggregate's view as its JSON text (a view is the service's own JSON answer, of any shape). The JSON of the
 * outcome itself, which earlier releases stored, is still read.
 */
record StoredOutcome(
        String commandId,
        String aggregateKey,
        CommandOutcome.Status status,
        Rejection rejection,
        String view,
        Instant decidedAt,
        String fingerprint) {

    /** The processed-commands stores' serde. */
    static Serde<CommandOutcome> serde() {
        return StateSerde.storedAs(
                StoredOutcome.class, StoredOutcome::of, StoredOutcome::toOutcome, CommandOutcome.class);
    }

    static StoredOutcome of(CommandOutcome outcome) {
        return new StoredOutcome(
                outcome.commandId(),
                outcome.aggregateKey(),
                outcome.status(),
                outcome.rejection(),
                outcome.view() == null ? null : KitJson.mapper().writeValueAsString(outcome.view()),
                outcome.decidedAt(),
                outcome.fingerprint());
    }

    CommandOutcome toOutcome() {
        return new CommandOutcome(
                commandId,
                aggregateKey,
                status,
                rejection,
                view == null ? null : KitJson.mapper().readTree(view),
                decidedAt,
                fingerprint);
    }
}
