package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.json.KitJson;
import tools.jackson.databind.JsonNode;

/**
 * How one command type's payload differs on the wire from the codec's own encoding of its record, declared with
 * {@link CommandCodec.Builder#transformed}: values sealed when written and opened when read, or the layout an earlier
 * release wrote. Applied to the payload as the codec writes it (components renamed, {@code null} JSON when nothing is
 * left) and, when read, before the codec reads it back.
 */
public interface PayloadTransform {

    /**
     * A command with nothing left to say travels as {@code {}}, not as {@code null} JSON: what a release that wrote an
     * empty body record put on the topic, so the request fingerprint of a retried request stays the same.
     */
    PayloadTransform EMPTY_OBJECT = new PayloadTransform() {
        @Override
        public JsonNode write(String aggregateKey, JsonNode payload) {
            return payload == null || payload.isNull() ? KitJson.mapper().createObjectNode() : payload;
        }

        @Override
        public JsonNode read(String aggregateKey, JsonNode payload) {
            return payload;
        }

        @Override
        public String describe() {
            return "{} when empty";
        }
    };

    /** The payload as it is written, from the codec's encoding of the command for the aggregate {@code aggregateKey}. */
    JsonNode write(String aggregateKey, JsonNode payload);

    /**
     * The codec's encoding of the command, from the payload as read (a copy the transform may change); throwing sends
     * the command to the dead letters as FAILED.
     */
    JsonNode read(String aggregateKey, JsonNode payload);

    /** What the transform does, as the codec's {@link CommandCodec#shape() shape} shows it. */
    String describe();
}
