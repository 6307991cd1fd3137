package edu.lifecycle.testing.domainrules.kafka.order;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;

/** Fixture: a domain class that imports Kafka, which the rule must report. */
public final class OrderSerializer implements Serializer<String> {

    @Override
    public byte[] serialize(String topic, String order) {
        return order.getBytes(StandardCharsets.UTF_8);
    }
}
