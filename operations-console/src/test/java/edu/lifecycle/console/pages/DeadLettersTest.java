package edu.lifecycle.console.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    @Test
    void countsEachTopicAndReasonSetAsideAndLeavesOutTheZeros() {
        var prometheus = """
                # HELP lifecycle_dead_letters_total Records set aside on a dead-letter topic, by source topic and reason
                # TYPE lifecycle_dead_letters_total counter
                lifecycle_dead_letters_total{reason="SerializationException",service="billing",topic="billing.commands"} 3.0
                lifecycle_dead_letters_total{reason="IllegalStateException",service="billing",topic="admissions.events"} 0.0
                lifecycle_commands_total{service="billing"} 12.0
                """;

        assertThat(DeadLetters.of(prometheus))
                .containsExactly(Map.of("topic", "billing.commands", "reason", "SerializationException", "count", 3L));
        assertThat(DeadLetters.of("")).isEqualTo(List.of());
    }
}
