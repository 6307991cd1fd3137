package edu.lifecycle.servicekit.command;

import java.util.List;

/**
 * The commands a follow-up command waits on. A command one aggregate sends another on accepting a client's command
 * (an admission request's placement, then its final decision) is never sent if a step before it is refused; a client
 * told to wait for the follow-up's outcome then learns of that refusal from the follow-up's status URL instead of
 * reading "unknown" until it gives up. A service whose answers point at follow-ups names their earlier steps.
 */
@FunctionalInterface
public interface EarlierSteps {

    /** For a service whose answers only ever point at the client's own commands. */
    EarlierSteps NONE = commandId -> List.of();

    /** The ids of the commands before {@code commandId} in its chain, the client's own first; empty if none. */
    List<String> before(String commandId);
}
