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

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void countsOpenAndReplayedDeadLettersPerConsumerTopicAndReason() {
        var list = JSON.readTree("""
                {"consumers":["billing-service","billing-service-read-models"],"items":[
                 {"consumer":"billing-service","sourceTopic":"billing.commands","reasonType":"SerializationException",
                  "replayed":false},
                 {"consumer":"billing-service","sourceTopic":"billing.commands","reasonType":"SerializationException",
                  "replayed":false},
                 {"consumer":"billing-service","sourceTopic":"billing.commands","reasonType":"SerializationException",
                  "replayed":true},
                 {"consumer":"billing-service-read-models","sourceTopic":"admissions.events",
                  "reasonType":"IllegalStateException","replayed":true}]}
                """);

        assertThat(DeadLetters.rows(list))
                .containsExactly(
                        Map.of(
                                "consumer", "billing-service",
                                "topic", "billing.commands",
                                "reason", "SerializationException",
                                "open", 2L,
                                "replayed", 1L),
                        Map.of(
                                "consumer", "billing-service-read-models",
                                "topic", "admissions.events",
                                "reason", "IllegalStateException",
                                "open", 0L,
                                "replayed", 1L));
        assertThat(DeadLetters.open(Service.BILLING, new ApiAnswer(200, list, Optional.empty()))
                        .data())
                .isEqualTo(2L);
        assertThat(DeadLetters.rows(JSON.readTree("{\"consumers\":[],\"items\":[]}")))
                .isEqualTo(List.of());
    }

    @Test
    void aRoleTheServiceRefusesIsToldSoAndAServiceThatDoesNotAnswerSaysThat() {
        var refused = new ApiAnswer(
                403, JSON.createObjectNode().put("detail", "Only operations-viewer may."), Optional.empty());

        assertThat(DeadLetters.open(Service.BILLING, refused).refusal())
                .isEqualTo("Not for your role: Only operations-viewer may.");
        assertThat(DeadLetters.perTopic(Service.BILLING, ApiAnswer.unreachable(Service.BILLING, "refused"))
                        .refusal())
                .isEqualTo("The dead letters of Billing do not answer.");
    }
}
