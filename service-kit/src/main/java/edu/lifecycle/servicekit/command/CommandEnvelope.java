package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.json.KitJson;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * A command on its way to an aggregate, as written to a commands topic (keyed by {@code aggregateKey}): the service's
 * internal command format, versioned on its own ({@link #FORMAT}), never a REST body. The payload is the domain
 * command's own encoding without what the envelope carries ({@link CommandCodec}).
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
 * @param format the version of this format; envelopes written before it was named carry none and are version 1
 */
public record CommandEnvelope(
        String commandId,
        String aggregateKey,
        String type,
        JsonNode payload,
        Instant issuedAt,
        String fingerprint,
        String actor,
        Integer format) {

    /**
     * The format this release writes. Version 1: the fields above, the payload a JSON object of the command's own
     * components less those the envelope carries ({@code null} when none is left). Envelopes without a version were
     * written before the format was named; their payloads have the same shape (pinned by each service's
     * previous-release fixtures), so they are version 1.
     */
    public static final int FORMAT = 1;

    public CommandEnvelope {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(aggregateKey, "aggregateKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issuedAt, "issuedAt");
        payload = payload == null ? NullNode.getInstance() : payload;
        format = format == null ? 1 : format;
    }

    /** An envelope in this release's format. */
    public CommandEnvelope(
            String commandId,
            String aggregateKey,
            String type,
            JsonNode payload,
            Instant issuedAt,
            String fingerprint,
            String actor) {
        this(commandId, aggregateKey, type, payload, issuedAt, fingerprint, actor, FORMAT);
    }

    public static CommandEnvelope of(
            String commandId, String aggregateKey, String type, Object payload, Instant issuedAt) {
        return new CommandEnvelope(commandId, aggregateKey, type, KitJson.toTree(payload), issuedAt, null, null);
    }

    /** The same command, marked with the fingerprint of the client's request. */
    public CommandEnvelope withFingerprint(String requestFingerprint) {
        return new CommandEnvelope(commandId, aggregateKey, type, payload, issuedAt, requestFingerprint, actor, format);
    }

    /** The same command, sent by {@code staffId}. */
    public CommandEnvelope withActor(String staffId) {
        return new CommandEnvelope(commandId, aggregateKey, type, payload, issuedAt, fingerprint, staffId, format);
    }
}
