package edu.lifecycle.billing.it;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.BillingApplication;
import edu.lifecycle.billing.Enrollments;
import edu.lifecycle.events.admissions.TrainingScheme;
import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.RunningService;
import edu.lifecycle.testing.StackEndpoints;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Billing through HTTP against a real broker and registry: an enrollment event opens an account, payments settle
 * it; the work-study path; a withdrawal; refusals and bad input.
 */
@KafkaStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BillingIntegrationTest {

    private static final String YEAR = "2026-2027";

    private RunningService billing;
    private StackEndpoints stack;

    @BeforeAll
    void start(StackEndpoints endpoints) {
        stack = endpoints;
        billing = RunningService.start(
                BillingApplication::builder,
                stack,
                "billing-" + UUID.randomUUID().toString().substring(0, 8),
                context -> context.getBean(StreamsRuntime.class).state() == KafkaStreams.State.RUNNING,
                List.of());
    }

    @AfterAll
    void stop() {
        if (billing != null) {
            billing.close();
        }
    }

    @Test
    void anEnrolledStudentsAccountOpensAndIsSettledByPayments() throws Exception {
        billing.publish(
                "admissions.events", "stu-a", Enrollments.enrolled("stu-a", TrainingScheme.INITIAL, Instant.now()));

        var opened = awaitAccount("stu-a", reply -> true);
        assertThat(opened.body().get("balance").decimalValue()).isEqualByComparingTo("9750.00");
        assertThat(opened.text("payer")).isEqualTo("STUDENT");
        assertThat(opened.body().get("schedule").size()).isEqualTo(7);

        var deposit = billing.post("/api/v1/accounts/stu-a/payments", payment("bank-001", "1500.00", "STUDENT"));
        assertThat(deposit.status()).isEqualTo(200);
        assertThat(deposit.body().get("paid").decimalValue()).isEqualByComparingTo("1500.00");
        assertThat(deposit.body().get("schedule").get(0).get("status").asText()).isEqualTo("PAID");

        var again = billing.post("/api/v1/accounts/stu-a/payments", payment("bank-001", "1500.00", "STUDENT"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("paid").decimalValue()).isEqualByComparingTo("1500.00");
        assertThat(again.body().get("payments").size()).isEqualTo(1);

        var cash = billing.post("/api/v1/accounts/stu-a/cash-plan", "");
        assertThat(cash.status()).isEqualTo(200);
        assertThat(cash.body().get("balance").decimalValue()).isEqualByComparingTo("7762.50");

        var settled = billing.post("/api/v1/accounts/stu-a/payments", payment("bank-002", "7762.50", "STUDENT"));
        assertThat(settled.body().get("settled").asBoolean()).isTrue();
        assertThat(settled.body().get("balance").decimalValue()).isEqualByComparingTo("0.00");

        var events = readUntil(
                "billing.events",
                records -> records.stream().filter(r -> r.key().equals("stu-a")).count() >= 5);
        // Opened, deposit paid, cash plan, cash paid, settled: nothing for the repeated reference.
        assertThat(events.stream().filter(r -> r.key().equals("stu-a"))).hasSize(5);

        var receivables = billing.await(
                "/api/v1/programmes/M2-ISD/years/" + YEAR + "/receivables",
                reply -> reply.status() == 200
                        && reply.body().get("collected").decimalValue().signum() > 0);
        assertThat(receivables.body().get("accounts").asInt()).isPositive();
    }

    @Test
    void aWorkStudyContractReimbursesTheStudentAndBillsTheEmployer() throws Exception {
        billing.publish(
                "admissions.events", "stu-w", Enrollments.enrolled("stu-w", TrainingScheme.INITIAL, Instant.now()));
        awaitAccount("stu-w", reply -> true);
        billing.post("/api/v1/accounts/stu-w/payments", payment("bank-w1", "1500.00", "STUDENT"));

        billing.publish(
                "placement.events", "stu-w", Enrollments.workStudyContract("stu-w", "contract-7", Instant.now()));

        // The read model folds the contract's two events one after the other: wait for the last one.
        var switched = awaitAccount(
                "stu-w",
                reply -> reply.body().get("employerInvoiced").decimalValue().signum() > 0);
        assertThat(switched.text("payer")).isEqualTo("EMPLOYER");
        assertThat(switched.text("employer")).isEqualTo("Thales");
        assertThat(switched.body().get("reimbursed").decimalValue()).isEqualByComparingTo("1500.00");
        assertThat(switched.body().get("employerInvoiced").decimalValue()).isEqualByComparingTo("9750.00");
        assertThat(switched.body().get("balance").decimalValue()).isEqualByComparingTo("9750.00");
    }

    @Test
    void aWithdrawalCancelsTheFutureInstalmentsAndKeepsTheDeposit() throws Exception {
        billing.publish(
                "admissions.events", "stu-x", Enrollments.enrolled("stu-x", TrainingScheme.INITIAL, Instant.now()));
        awaitAccount("stu-x", reply -> true);

        billing.publish(
                "admissions.events", "stu-x", Enrollments.withdrawn("stu-x", Instant.parse("2026-09-20T10:00:00Z")));

        var withdrawn =
                awaitAccount("stu-x", reply -> reply.body().get("withdrawn").asBoolean());
        var statuses = new ArrayList<String>();
        withdrawn
                .body()
                .get("schedule")
                .forEach(line -> statuses.add(line.get("status").asText()));
        assertThat(statuses)
                .containsExactly("DUE", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED");
        assertThat(withdrawn.body().get("balance").decimalValue()).isEqualByComparingTo("1500.00");
    }

    @Test
    void theCashPlanAfterAnInstalmentWasPaidIsRefusedWithTheRuleNamed() throws Exception {
        billing.publish(
                "admissions.events", "stu-r", Enrollments.enrolled("stu-r", TrainingScheme.INITIAL, Instant.now()));
        awaitAccount("stu-r", reply -> true);
        billing.post("/api/v1/accounts/stu-r/payments", payment("bank-r1", "2000.00", "STUDENT"));

        var refused = billing.post("/api/v1/accounts/stu-r/cash-plan", "");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("rule")).isEqualTo("cash-plan-after-instalment-paid");
    }

    @Test
    void malformedInputIsRefusedWithAProblemNamingEachBadField() {
        var refused = billing.post("/api/v1/accounts/stu-z/payments", "{\"amount\":12.345,\"method\":\"CARD\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().toString())
                .contains("reference")
                .contains("amount")
                .contains("payer")
                .contains("receivedAt");

        var badYear = billing.get("/api/v1/programmes/M2-ISD/years/2026/receivables");
        assertThat(badYear.status()).isEqualTo(400);
        var badLimit = billing.get("/api/v1/programmes/M2-ISD/years/" + YEAR + "/overdue?limit=0");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(billing.get("/api/v1/accounts/nobody").status()).isEqualTo(404);
    }

    @Test
    void theOverdueListIsAPageAndTheApiIsDescribedByOpenApi() {
        var overdue = billing.get("/api/v1/programmes/M2-ISD/years/" + YEAR + "/overdue?limit=10");
        assertThat(overdue.status()).isEqualTo(200);
        assertThat(overdue.body().has("items")).isTrue();

        var api = billing.get("/v3/api-docs");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body().get("paths").has("/api/v1/accounts/{studentId}/payments"))
                .isTrue();
        assertThat(api.body().get("paths").has("/api/v1/programmes/{programme}/years/{year}/overdue"))
                .isTrue();
    }

    private RunningService.Reply awaitAccount(String studentId, Predicate<RunningService.Reply> condition) {
        return billing.await("/api/v1/accounts/" + studentId, reply -> reply.status() == 200 && condition.test(reply));
    }

    private static String payment(String reference, String amount, String payer) {
        return """
                {"reference":"%s","amount":%s,"method":"TRANSFER","payer":"%s","receivedAt":"2026-09-02T09:00:00Z"}
                """.formatted(reference, amount, payer);
    }

    /** Reads a public topic of the run, as a subscriber, until the records satisfy the condition or a deadline passes. */
    private List<ConsumerRecord<String, byte[]>> readUntil(
            String baseTopic, Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        Map<String, Object> config = stack.readerConsumer(Principals.SUBSCRIBER);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        var records = new ArrayList<ConsumerRecord<String, byte[]>>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(billing.topic(baseTopic)));
            var deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (!done.test(records) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
