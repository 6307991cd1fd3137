package edu.lifecycle.servicekit.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The requests of this instance waiting for outcomes, by command id. Several may wait for the same id (a client
 * retrying before the first answer); each is completed, and each forgets itself when its wait runs out. A request
 * waiting under an id that answers another request (a reused {@code Idempotency-Key}) is refused, not answered with
 * the other request's outcome.
 */
public final class PendingOutcomes {

    private final Map<String, List<Waiter>> waiting = new ConcurrentHashMap<>();

    private record Waiter(String fingerprint, CompletableFuture<CommandOutcome> future) {}

    /** Registers a wait for a command no client fingerprinted. */
    public CompletableFuture<CommandOutcome> expect(String commandId) {
        return expect(commandId, null);
    }

    /**
     * Registers a wait; call before sending the command, so a fast outcome cannot slip past.
     *
     * @throws IdempotencyKeyReusedException when a request with another fingerprint waits under the same id
     */
    public CompletableFuture<CommandOutcome> expect(String commandId, String fingerprint) {
        var future = new CompletableFuture<CommandOutcome>();
        waiting.compute(commandId, (id, waiters) -> {
            List<Waiter> list = waiters == null ? new ArrayList<>() : waiters;
            boolean another = fingerprint != null
                    && list.stream()
                            .anyMatch(w ->
                                    w.fingerprint() != null && !w.fingerprint().equals(fingerprint));
            if (another) {
                throw new IdempotencyKeyReusedException(commandId);
            }
            list.add(new Waiter(fingerprint, future));
            return list;
        });
        return future;
    }

    /** Completes every wait for the outcome's command; an outcome nobody waits for is ignored. */
    public void complete(CommandOutcome outcome) {
        var waiters = waiting.remove(outcome.commandId());
        if (waiters == null) {
            return;
        }
        for (Waiter waiter : waiters) {
            if (outcome.answers(waiter.fingerprint())) {
                waiter.future().complete(outcome);
            } else {
                waiter.future().completeExceptionally(new IdempotencyKeyReusedException(outcome.commandId()));
            }
        }
    }

    public void forget(String commandId, CompletableFuture<CommandOutcome> future) {
        waiting.computeIfPresent(commandId, (id, waiters) -> {
            waiters.removeIf(waiter -> waiter.future() == future);
            return waiters.isEmpty() ? null : waiters;
        });
    }

    int waitingCommands() {
        return waiting.size();
    }
}
