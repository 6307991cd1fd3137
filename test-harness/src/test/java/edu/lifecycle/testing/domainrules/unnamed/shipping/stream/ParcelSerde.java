package edu.lifecycle.testing.domainrules.unnamed.shipping.stream;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Deserializer;

/** Fixture: an adapter package, which may use Kafka. */
public final class ParcelSerde implements Deserializer<String> {

    @Override
    public String deserialize(String topic, byte[] parcel) {
        return new String(parcel, StandardCharsets.UTF_8);
    }
}
