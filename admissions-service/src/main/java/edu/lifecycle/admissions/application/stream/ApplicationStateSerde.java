package edu.lifecycle.admissions.application.stream;

import edu.lifecycle.admissions.application.Application;
import edu.lifecycle.admissions.privacy.stream.PersonalFields;
import edu.lifecycle.admissions.privacy.stream.SealedStateSerde;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The application's state as the store holds it: the domain value mapped to and from its {@link StoredApplication}
 * form, in binary (ADR 16) with name and e-mail sealed under the person's data key; the sealed JSON of earlier
 * releases is still read. A state whose key was destroyed reads with its applicant absent, as before.
 */
final class ApplicationStateSerde implements Serde<Application> {

    private final SealedStateSerde<StoredApplication> stored;

    ApplicationStateSerde(PersonalFields personal) {
        this.stored = new SealedStateSerde<>(StoredApplication.class, StoredApplication::studentId, personal);
    }

    @Override
    public Serializer<Application> serializer() {
        var binary = stored.serializer();
        return (topic, application) ->
                binary.serialize(topic, application == null ? null : StoredApplication.of(application));
    }

    @Override
    public Deserializer<Application> deserializer() {
        var reader = stored.deserializer();
        return (topic, bytes) -> {
            var read = reader.deserialize(topic, bytes);
            return read == null ? null : read.toApplication();
        };
    }
}
