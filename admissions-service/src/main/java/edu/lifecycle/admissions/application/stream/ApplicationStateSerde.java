package edu.lifecycle.admissions.application.stream;

import edu.lifecycle.admissions.application.Application;
import edu.lifecycle.admissions.privacy.stream.PersonalFields;
import edu.lifecycle.admissions.privacy.stream.SealedJsonSerde;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The application's state as the store holds it: the domain value mapped to and from its {@link StoredApplication}
 * form, as JSON with name and e-mail sealed under the person's data key. A state whose key was destroyed reads with
 * its applicant absent, as before.
 */
final class ApplicationStateSerde implements Serde<Application> {

    private final SealedJsonSerde<StoredApplication> stored;

    ApplicationStateSerde(PersonalFields personal) {
        this.stored = new SealedJsonSerde<>(StoredApplication.class, StoredApplication::studentId, personal);
    }

    @Override
    public Serializer<Application> serializer() {
        var json = stored.serializer();
        return (topic, application) ->
                json.serialize(topic, application == null ? null : StoredApplication.of(application));
    }

    @Override
    public Deserializer<Application> deserializer() {
        var json = stored.deserializer();
        return (topic, bytes) -> {
            var read = json.deserialize(topic, bytes);
            return read == null ? null : read.toApplication();
        };
    }
}
