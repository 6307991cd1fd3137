package edu.lifecycle.servicekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.command.CommandEnvelope;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KitJsonTest {

    record Payment(String reference, BigDecimal amount) {}

    @Test
    void anAmountReadOffACommandsEnvelopeKeepsItsScaleAndItsDigits() {
        var sent = CommandEnvelope.of(
                "c-1",
                "stu-1",
                "record-payment",
                new Payment("bank-42", new BigDecimal("1500.00")),
                Instant.parse("2026-09-02T10:15:30Z"));
        var bytes = KitJson.mapper().writeValueAsBytes(sent);

        var read = KitJson.mapper().readValue(bytes, CommandEnvelope.class);
        var payment = KitJson.fromTree(read.payload(), Payment.class);

        assertThat(payment.amount()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(KitJson.mapper().writeValueAsString(read.payload())).contains("\"amount\":1500.00");
    }

    @Test
    void anAmountTooPreciseForADoubleIsReadExactly() {
        var tree = KitJson.mapper().readTree("{\"reference\":\"r\",\"amount\":12345678901234567.89}");

        assertThat(KitJson.fromTree(tree, Payment.class).amount()).isEqualTo(new BigDecimal("12345678901234567.89"));
    }
}
