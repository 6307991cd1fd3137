package edu.lifecycle.console.pages;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.console.services.ApiAnswer;
import edu.lifecycle.console.services.Service;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

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

    @Test
    void aRoleTheActuatorRefusesIsToldSoAndAPageThatDoesNotAnswerSaysThat() {
        var refused = new ApiAnswer(
                403,
                JsonMapper.builder().build().createObjectNode().put("detail", "Only operations-viewer may."),
                Optional.empty());

        assertThat(DeadLetters.total(Service.BILLING, refused).refusal())
                .isEqualTo("Not for your role: Only operations-viewer may.");
        assertThat(DeadLetters.perTopic(Service.BILLING, ApiAnswer.unreachable(Service.BILLING, "refused"))
                        .refusal())
                .isEqualTo("The metrics of Billing do not answer.");
    }
}
