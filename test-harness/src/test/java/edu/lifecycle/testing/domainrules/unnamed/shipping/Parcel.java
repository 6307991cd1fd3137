package edu.lifecycle.testing.domainrules.unnamed.shipping;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;

/** Fixture: a package nobody listed as domain, which imports Kafka: covered by default, so reported. */
public final class Parcel implements Serializer<String> {

    @Override
    public byte[] serialize(String topic, String parcel) {
        return parcel.getBytes(StandardCharsets.UTF_8);
    }
}
