package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.json.KitJson;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * A command on its way to an aggregate, as written to a commands topic (keyed by {@code aggregateKey}).
 *
 * @param commandId unique per intent: a retry with the same id is applied once
 * @param aggregateKey the key of the aggregate that decides (a student id, or e.g. a programme-year)
 * @param type what the command asks, in the service's words ({@code submit-application})
 * @param payload the command's content as JSON
 * @param issuedAt when it was sent
 * @param fingerprint what the client asked, hashed ({@link RequestFingerprint}): a command id reused for another
 *     request is refused, not answered with the first request's outcome; {@code null} for commands no client sent
 * @param actor the staff id of the person who sent it ({@code preferred_username}, else {@code sub} of their token);
 *     {@code null} for a policy's command and for envelopes written before commands carried their actor
 */
public record CommandEnvelope(
        String commandId,
        String aggregateKey,
        String type,
        JsonNode payload,
        Instant issuedAt,
        String fingerprint,
        String actor) {

    public CommandEnvelope {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(aggregateKey, "aggregateKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issuedAt, "issuedAt");
        payload = payload == null ? NullNode.getInstance() : payload;
    }

    public static CommandEnvelope of(
            String commandId, String aggregateKey, String type, Object payload, Instant issuedAt) {
        return new CommandEnvelope(commandId, aggregateKey, type, KitJson.toTree(payload), issuedAt, null, null);
    }

    /** The same command, marked with the fingerprint of the client's request. */
    public CommandEnvelope withFingerprint(String requestFingerprint) {
        return new CommandEnvelope(commandId, aggregateKey, type, payload, issuedAt, requestFingerprint, actor);
    }

    /** The same command, sent by {@code staffId}. */
    public CommandEnvelope withActor(String staffId) {
        return new CommandEnvelope(commandId, aggregateKey, type, payload, issuedAt, fingerprint, staffId);
    }

    /** The payload read as the service's own type; throws when it does not fit (the command is dead-lettered). */
    public <T> T payloadAs(Class<T> payloadType) {
        return KitJson.fromTree(payload, payloadType);
    }
}
