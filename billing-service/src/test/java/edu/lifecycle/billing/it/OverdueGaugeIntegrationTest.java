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

    /** Two instalments (15 October and 15 November) are past their 15 days of grace on 2 December. */
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

        var overdue = billing.await(
                "/api/v1/programmes/M2-ISD/years/" + Enrollments.YEAR + "/overdue?limit=50",
                reply -> reply.status() == 200 && reply.body().get("items").size() >= 2);
        int listed = overdue.body().get("items").size();

        var scrape = PrometheusText.parse(billing.getText("/actuator/prometheus"));
        assertThat(scrape.named("lifecycle_billing_overdue_instalments", Map.of("service", "billing")))
                .singleElement()
                .satisfies(sample -> assertThat(sample.value()).isEqualTo(listed));
    }
}
