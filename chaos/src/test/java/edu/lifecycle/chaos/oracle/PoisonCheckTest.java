package edu.lifecycle.chaos.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class PoisonCheckTest {

    static final Poison POISON = new Poison("admissions.events", 1, 40, "r1-poison-0", Poison.UNDESERIALIZABLE);
    static final TopicPartition PARTITION = new TopicPartition("admissions.events", 1);

    @Test
    void passesWhenEveryConsumerDeadLetteredItAndMovedOn() {
        var letters = List.of(
                new DeadLetter("admissions.events-dlt", "admissions.events", 1, 40, null),
                new DeadLetter("admissions.events-dlt", "admissions.events", 1, 40, null));
        var committed = Map.of("billing-service", Map.of(PARTITION, 45L), "curriculum-service", Map.of(PARTITION, 41L));

        assertThat(PoisonCheck.check(List.of(POISON), letters, committed).passed())
                .isTrue();
    }

    @Test
    void failsWhenAConsumerHasNotMovedPastIt() {
        var letters = List.of(
                new DeadLetter("admissions.events-dlt", "admissions.events", 1, 40, null),
                new DeadLetter("admissions.events-dlt", "admissions.events", 1, 40, null));
        var committed = Map.of("billing-service", Map.of(PARTITION, 45L), "curriculum-service", Map.of(PARTITION, 40L));

        assertThat(PoisonCheck.check(List.of(POISON), letters, committed).passed())
                .isFalse();
    }

    @Test
    void withConsumersNamedInTheHeadersEachConsumerNeedsItsOwnDeadLetter() {
        var letters = List.of(
                new DeadLetter("billing.dlt", "admissions.events", 1, 40, "billing-service"),
                new DeadLetter("billing.dlt", "admissions.events", 1, 40, "billing-service"));
        var committed = Map.of("billing-service", Map.of(PARTITION, 45L), "curriculum-service", Map.of(PARTITION, 45L));

        assertThat(PoisonCheck.check(List.of(POISON), letters, committed).passed())
                .isFalse();
    }

    @Test
    void aPoisonRecordNobodyDeadLetteredFails() {
        var committed = Map.of("billing-service", Map.of(PARTITION, 45L));

        assertThat(PoisonCheck.check(List.of(POISON), List.of(), committed).passed())
                .isFalse();
    }
}
