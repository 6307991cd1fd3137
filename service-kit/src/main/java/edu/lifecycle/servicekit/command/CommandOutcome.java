package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.decision.Rejection;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * What became of a command, written to the outcomes topic keyed by {@code commandId}.
 *
 * @param commandId the command's id
 * @param aggregateKey the aggregate that decided
 * @param status accepted, rejected, or failed (set aside in the dead-letter topic)
 * @param rejection why it was refused; only when {@code REJECTED}
 * @param view the aggregate's state as the service shows it, after the command; only when {@code ACCEPTED}
 * @param decidedAt when the topology decided
 * @param fingerprint of the request that was decided ({@link RequestFingerprint}); {@code null} when no client sent it
 */
public record CommandOutcome(
        String commandId,
        String aggregateKey,
        Status status,
        Rejection rejection,
        JsonNode view,
        Instant decidedAt,
        String fingerprint) {

    /** The three ends of a command. */
    public enum Status {
        ACCEPTED,
        REJECTED,
        /** The command could not be read or decided (a defect, not a rule): it went to the dead-letter topic. */
        FAILED
    }

    public CommandOutcome {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if ((status == Status.REJECTED) != (rejection != null)) {
            throw new IllegalArgumentException("A rejection comes with, and only with, a REJECTED outcome");
        }
        // JSON null and a missing view mean the same
        view = view == null || view.isNull() ? null : view;
    }

    public static CommandOutcome accepted(String commandId, String aggregateKey, JsonNode view, Instant decidedAt) {
        return new CommandOutcome(commandId, aggregateKey, Status.ACCEPTED, null, view, decidedAt, null);
    }

    public static CommandOutcome rejected(
            String commandId, String aggregateKey, Rejection rejection, Instant decidedAt) {
        return new CommandOutcome(commandId, aggregateKey, Status.REJECTED, rejection, null, decidedAt, null);
    }

    public static CommandOutcome failed(String commandId, String aggregateKey, Instant decidedAt) {
        return new CommandOutcome(commandId, aggregateKey, Status.FAILED, null, null, decidedAt, null);
    }

    /** The same outcome, marked with the fingerprint of the request it answers. */
    public CommandOutcome withFingerprint(String requestFingerprint) {
        return new CommandOutcome(commandId, aggregateKey, status, rejection, view, decidedAt, requestFingerprint);
    }

    /**
     * Whether this outcome answers a request with {@code requestFingerprint}: the same request again, or one of
     * which nothing is known (a policy's command, or an outcome recorded before requests were fingerprinted).
     */
    public boolean answers(String requestFingerprint) {
        return fingerprint == null || requestFingerprint == null || fingerprint.equals(requestFingerprint);
    }
}
