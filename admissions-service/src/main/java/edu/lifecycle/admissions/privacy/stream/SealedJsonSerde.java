package edu.lifecycle.admissions.privacy.stream;

import edu.lifecycle.admissions.privacy.Personal;
import edu.lifecycle.servicekit.json.KitJson;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * JSON like the kit's state serde, with the {@link Personal} values sealed: what a store and its changelog hold of a
 * person is ciphertext under their data key. A state whose key was destroyed reads with its personal part absent.
 */
public final class SealedJsonSerde<T> implements Serde<T> {

    private final Class<T> type;
    private final Function<T, String> subjectOf;
    private final PersonalFields fields;

    public SealedJsonSerde(Class<T> type, Function<T, String> subjectOf, PersonalFields fields) {
        this.type = type;
        this.subjectOf = subjectOf;
        this.fields = fields;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            return KitJson.mapper().writeValueAsBytes(fields.seal(value, subjectOf.apply(value)));
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            var tree = KitJson.mapper().readTree(bytes);
            // The subject is read from the value itself: it is not personal, and the key is not at hand here.
            var plain = KitJson.fromTree(tree, type);
            var opened = fields.open(tree, type, subjectOf.apply(plain));
            if (opened == null) {
                throw new SerializationException(
                        "A stored " + type.getSimpleName() + " cannot be read: its key is gone");
            }
            return KitJson.fromTree(opened, type);
        };
    }
}
