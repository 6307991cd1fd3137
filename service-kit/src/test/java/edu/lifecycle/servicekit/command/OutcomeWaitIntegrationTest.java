package edu.lifecycle.servicekit.command;

import static edu.lifecycle.servicekit.ledger.LedgerInstance.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import edu.lifecycle.servicekit.ledger.LedgerInstance;
import edu.lifecycle.servicekit.ledger.TestRuns;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.StackEndpoints;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@KafkaStack
class OutcomeWaitIntegrationTest {

    @Test
    void whenTheWaitRunsOutTheAnswerIs202AndTheOutcomeAppearsAtItsLocation(StackEndpoints endpoints) {
        try (var ledger = LedgerInstance.start(
                endpoints, TestRuns.newRun("wait"), "a", Map.of("lifecycle.kit.command-timeout", "1ms"))) {

            HttpResponse<String> response =
                    ledger.post("/api/v1/accounts", "{\"accountId\": \"acc-1\", \"owner\": \"Ada\"}");

            assertThat(response.statusCode()).isEqualTo(202);
            String location = response.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith("/api/v1/commands/");
            assertThat(json(response).get("status").asString()).isEqualTo("PENDING");
            HttpResponse<String> outcome = await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> ledger.get(location), answer -> answer.statusCode() == 200);
            assertThat(json(outcome).get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(json(outcome).get("view").get("owner").asString()).isEqualTo("Ada");
        }
    }
}
