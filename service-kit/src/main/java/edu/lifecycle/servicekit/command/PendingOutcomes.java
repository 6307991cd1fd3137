package edu.lifecycle.servicekit.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The requests of this instance waiting for outcomes, by command id. Several may wait for the same id (a client
 * retrying before the first answer); each is completed, and each forgets itself when its wait runs out.
 */
public final class PendingOutcomes {

    private final Map<String, List<CompletableFuture<CommandOutcome>>> waiting = new ConcurrentHashMap<>();

    /** Registers a wait; call before sending the command, so a fast outcome cannot slip past. */
    public CompletableFuture<CommandOutcome> expect(String commandId) {
        var future = new CompletableFuture<CommandOutcome>();
        waiting.compute(commandId, (id, futures) -> {
            List<CompletableFuture<CommandOutcome>> list = futures == null ? new ArrayList<>() : futures;
            list.add(future);
            return list;
        });
        return future;
    }

    /** Completes every wait for the outcome's command; an outcome nobody waits for is ignored. */
    public void complete(CommandOutcome outcome) {
        var futures = waiting.remove(outcome.commandId());
        if (futures != null) {
            futures.forEach(future -> future.complete(outcome));
        }
    }

    public void forget(String commandId, CompletableFuture<CommandOutcome> future) {
        waiting.computeIfPresent(commandId, (id, futures) -> {
            futures.remove(future);
            return futures.isEmpty() ? null : futures;
        });
    }

    int waitingCommands() {
        return waiting.size();
    }
}
