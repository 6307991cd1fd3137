package edu.lifecycle.registry.serde;

import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** The interop.Payment record whose Confluent wire bytes were observed on the real serde. */
final class Payments {

    static final String SCHEMA_TEXT = "{\"type\":\"record\",\"name\":\"Payment\",\"namespace\":\"interop\",\"fields\":"
            + "[{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"amount\",\"type\":\"double\"}]}";
    static final Schema SCHEMA = new Schema.Parser().parse(SCHEMA_TEXT);

    /** What the registry answers to GET /schemas/ids/N for the payment schema. */
    static final String SCHEMA_ANSWER = "{\"schema\":" + jsonString(SCHEMA_TEXT) + "}";

    /** {id:"p-1", amount:12.5} under id 1, as Confluent's 8.2 serializer writes it. */
    static final String GOLDEN_HEX = "00" + "00000001" + "06" + "702d31" + "0000000000002940";

    private Payments() {}

    static GenericRecord generic(String id, double amount) {
        GenericRecord payment = new GenericData.Record(SCHEMA);
        payment.put("id", id);
        payment.put("amount", amount);
        return payment;
    }

    static interop.Payment specific(String id, double amount) {
        return interop.Payment.newBuilder().setId(id).setAmount(amount).build();
    }

    static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A serde config: the URL plus alternating keys and values. */
    static Map<String, Object> config(String url, Object... keysAndValues) {
        Map<String, Object> config = new HashMap<>();
        config.put(KafkaAvroSerDeConfig.SCHEMA_REGISTRY_URL_CONFIG, url);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            config.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return config;
    }
}
