package edu.lifecycle.billing.it;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.BillingApplication;
import edu.lifecycle.billing.Enrollments;
import edu.lifecycle.events.admissions.TrainingScheme;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.PrometheusText;
import edu.lifecycle.testing.RunningService;
import edu.lifecycle.testing.StackEndpoints;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bursar's gauge: the overdue instalments still open, as Prometheus scrapes it, equal to the overdue list. */
@KafkaStack
class OverdueGaugeIntegrationTest {

    /**
     * On 2 December three lines of a student registered on 1 September are past their 15 days of grace: the deposit (due
     * on the registration date), and the instalments of 15 October and 15 November.
     */
    private static final Clock DECEMBER = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);

    private static RunningService billing;

    @BeforeAll
    static void start(StackEndpoints stack) {
        billing = RunningService.start(
                () -> BillingApplication.builder()
                        .initializers(context -> context.getBeanFactory().registerSingleton("clock", DECEMBER)),
                stack,
                "billing-gauge-" + UUID.randomUUID().toString().substring(0, 8),
                context -> context.getBean(StreamsRuntime.class).state() == KafkaStreams.State.RUNNING,
                List.of("--lifecycle.billing.overdue-scan-interval=1s"));
    }

    @AfterAll
    static void stop() {
        if (billing != null) {
            billing.close();
        }
    }

    @Test
    void countsTheOverdueInstalmentsStillOpen() {
        billing.publish(
                "admissions.events",
                "stu-late",
                Enrollments.enrolled("stu-late", TrainingScheme.INITIAL, Instant.parse("2026-09-01T09:00:00Z")));

        // The scan marks the three lines at once, but the read model folds them one by one: wait for all three, so
        // that the list and the gauge are read from the same, settled store.
        var overdue = billing.await(
                "/api/v1/programmes/M2-ISD/years/" + Enrollments.YEAR + "/overdue?limit=50",
                reply -> reply.status() == 200 && reply.body().get("items").size() >= 3);
        int listed = overdue.body().get("items").size();
        List<String> lines = new ArrayList<>();
        overdue.body().get("items").forEach(item -> lines.add(item.get("lineId").asString()));
        assertThat(lines).containsExactlyInAnyOrder("deposit", "instalment-1", "instalment-2");

        var scrape = PrometheusText.parse(billing.getText("/actuator/prometheus"));
        assertThat(scrape.named("lifecycle_billing_overdue_instalments", Map.of("service", "billing")))
                .singleElement()
                .satisfies(sample -> assertThat(sample.value()).isEqualTo(listed));
    }
}
