package edu.lifecycle.servicekit.command;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the envelope owns of a command, handed to whoever builds the domain command so that they never invent it: the
 * gateway from the request (a fresh or the client's id, the clock, the signed-in caller), a policy from its event.
 *
 * @param commandId unique per intent
 * @param issuedAt when it was sent
 * @param actor the staff id of the signed-in sender; empty for a policy's command or when nobody signed in sent it
 */
public record CommandMeta(String commandId, Instant issuedAt, Optional<String> actor) {

    public CommandMeta {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        actor = Objects.requireNonNull(actor, "actor").filter(staffId -> !staffId.isBlank());
    }
}
