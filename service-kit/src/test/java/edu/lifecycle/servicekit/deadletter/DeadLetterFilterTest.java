package edu.lifecycle.servicekit.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadLetterFilterTest {

    private static final Instant NINE = Instant.parse("2026-09-01T09:00:00Z");

    private final DeadLetter letter = new DeadLetter(
            "billing-service",
            "0-4",
            0,
            4,
            "s00001",
            "admissions.events",
            2,
            17L,
            "SerializationException",
            "org.apache.kafka.common.errors.SerializationException: Unknown magic byte!",
            NINE,
            false);

    @Test
    void matchesBySourceTopicReasonTypeOrReasonTextAndTimeRange() {
        assertThat(DeadLetterFilter.ALL.matches(letter)).isTrue();
        assertThat(new DeadLetterFilter("admissions.events", null, null, null).matches(letter))
                .isTrue();
        assertThat(new DeadLetterFilter("placement.events", null, null, null).matches(letter))
                .isFalse();
        assertThat(new DeadLetterFilter(null, "SerializationException", null, null).matches(letter))
                .isTrue();
        assertThat(new DeadLetterFilter(null, "magic byte", null, null).matches(letter))
                .isTrue();
        assertThat(new DeadLetterFilter(null, "PolicyTranslationException", null, null).matches(letter))
                .isFalse();
        assertThat(new DeadLetterFilter(null, null, NINE, NINE.plusSeconds(1)).matches(letter))
                .as("from is inclusive")
                .isTrue();
        assertThat(new DeadLetterFilter(null, null, null, NINE).matches(letter))
                .as("to is exclusive")
                .isFalse();
    }
}
