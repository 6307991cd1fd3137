package edu.lifecycle.admissions.privacy.stream;

import edu.lifecycle.admissions.privacy.Personal;
import edu.lifecycle.servicekit.state.StateSerde;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The kit's state serde ({@link StateSerde}, binary against committed schemas, ADR 16) with the {@link Personal} values
 * sealed: what a store and its changelog hold of a person is ciphertext under their data key, the very text the JSON
 * of earlier releases held, which is still read. A state whose key was destroyed reads with its personal part absent.
 */
public final class SealedStateSerde<T> implements Serde<T> {

    private final Class<T> type;
    private final StateSerde<T> state;
    private final Function<T, String> subjectOf;
    private final PersonalFields fields;

    public SealedStateSerde(Class<T> type, Function<T, String> subjectOf, PersonalFields fields) {
        this.type = type;
        this.state = StateSerde.of(type);
        this.subjectOf = subjectOf;
        this.fields = fields;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) ->
                value == null ? null : state.serialize(topic, fields.sealed(value, subjectOf.apply(value)));
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            // Binary or an earlier release's JSON: either way the personal values are read sealed, then opened.
            var sealed = state.deserialize(topic, bytes);
            if (sealed == null) {
                return null;
            }
            // The subject is read from the value itself: it is not personal, and the key is not at hand here.
            var opened = fields.opened(sealed, subjectOf.apply(sealed));
            if (opened == null) {
                throw new SerializationException(
                        "A stored " + type.getSimpleName() + " cannot be read: its key is gone");
            }
            return opened;
        };
    }
}
