package edu.lifecycle.servicekit.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DeadLetterContentTest {

    @Test
    void aCommandIsShownAsJson() {
        var content = DeadLetterContent.of(
                "{\"commandId\":\"c1\"}".getBytes(StandardCharsets.UTF_8), "billing.commands", null);

        assertThat(content.format()).isEqualTo("json");
        assertThat(((JsonNode) content.value()).get("commandId").asString()).isEqualTo("c1");
    }

    @Test
    void anAvroEventIsShownByItsWriterSchemaAndUnreadableBytesAsBase64() {
        byte[] framed = {0, 0, 0, 0, 7, 2, 3};
        var avro = DeadLetterContent.of(framed, "admissions.events", (topic, bytes) -> "{\"studentId\": \"s00001\"}");
        var unreadable = DeadLetterContent.of(framed, "admissions.events", (topic, bytes) -> {
            throw new IllegalStateException("schema 7 unknown");
        });

        assertThat(avro.format()).isEqualTo("avro");
        assertThat(((JsonNode) avro.value()).get("studentId").asString()).isEqualTo("s00001");
        assertThat(unreadable.format()).isEqualTo("base64");
        assertThat(unreadable.value()).isEqualTo("AAAAAAcCAw==");
        assertThat(DeadLetterContent.of(null, "admissions.events", null).format())
                .isEqualTo("none");
    }
}
