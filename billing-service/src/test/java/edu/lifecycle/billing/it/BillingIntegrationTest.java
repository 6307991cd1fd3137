package edu.lifecycle.billing.it;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.BillingApplication;
import edu.lifecycle.billing.Enrollments;
import edu.lifecycle.billing.topics.BillingTopics;
import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.events.admissions.TrainingScheme;
import edu.lifecycle.events.billing.CreditRefunded;
import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.RunningService;
import edu.lifecycle.testing.StackEndpoints;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
    private static final String MONEY = "-?[0-9]+\\.[0-9]{2}";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

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
                List.of("--lifecycle.billing.overdue-scan-interval=1s"));
    }

    @AfterAll
    void stop() {
        if (billing != null) {
            billing.close();
        }
    }

    @Test
    void anEnrolledStudentsAccountOpensAndIsSettledByPayments() throws Exception {
        billing.publish("admissions.events", "stu-a", enrolledToday("stu-a", TrainingScheme.INITIAL));

        var opened = awaitAccount("stu-a", reply -> true);
        assertThat(opened.text("balance")).isEqualTo("9750.00");
        assertThat(opened.text("payer")).isEqualTo("STUDENT");
        assertThat(opened.body().get("schedule").size()).isEqualTo(7);

        var deposit = billing.post("/api/v1/accounts/stu-a/payments", payment("bank-001", "1500.00", "STUDENT"));
        assertThat(deposit.status()).isEqualTo(200);
        assertThat(deposit.text("paid")).isEqualTo("1500.00");
        assertThat(deposit.body().get("schedule").get(0).get("status").asText()).isEqualTo("PAID");

        var again = billing.post("/api/v1/accounts/stu-a/payments", payment("bank-001", "1500.00", "STUDENT"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("paid")).isEqualTo("1500.00");
        assertThat(again.body().get("payments").size()).isEqualTo(1);

        var cash = billing.post("/api/v1/accounts/stu-a/cash-plan", "");
        assertThat(cash.status()).isEqualTo(200);
        assertThat(cash.text("balance")).isEqualTo("7762.50");

        var settled = billing.post("/api/v1/accounts/stu-a/payments", payment("bank-002", "7762.50", "STUDENT"));
        assertThat(settled.body().get("settled").asBoolean()).isTrue();
        assertThat(settled.text("balance")).isEqualTo("0.00");

        var events = readUntil(
                "billing.events",
                records -> records.stream().filter(r -> r.key().equals("stu-a")).count() >= 5);
        // Opened, deposit paid, cash plan, cash paid, settled: nothing for the repeated reference.
        assertThat(events.stream().filter(r -> r.key().equals("stu-a"))).hasSize(5);

        var receivables = billing.await(
                "/api/v1/programmes/M2-ISD/years/" + YEAR + "/receivables",
                reply -> reply.status() == 200 && !reply.text("collected").equals("0.00"));
        assertThat(receivables.body().get("accounts").asInt()).isPositive();
    }

    @Test
    void aWorkStudyContractReimbursesTheStudentAndBillsTheEmployer() throws Exception {
        billing.publish("admissions.events", "stu-w", enrolledToday("stu-w", TrainingScheme.INITIAL));
        awaitAccount("stu-w", reply -> true);
        billing.post("/api/v1/accounts/stu-w/payments", payment("bank-w1", "1500.00", "STUDENT"));

        billing.publish(
                "placement.events", "stu-w", Enrollments.workStudyContract("stu-w", "contract-7", Instant.now()));

        // The read model folds the contract's two events one after the other: wait for the last one.
        var switched =
                awaitAccount("stu-w", reply -> !reply.text("employerInvoiced").equals("0.00"));
        assertThat(switched.text("payer")).isEqualTo("EMPLOYER");
        assertThat(switched.text("employer")).isEqualTo("Thales");
        assertThat(switched.text("reimbursed")).isEqualTo("1500.00");
        assertThat(switched.text("employerInvoiced")).isEqualTo("9750.00");
        assertThat(switched.text("balance")).isEqualTo("9750.00");
    }

    @Test
    void aWithdrawalCancelsTheFutureInstalmentsAndKeepsTheDeposit() throws Exception {
        billing.publish("admissions.events", "stu-x", enrolledToday("stu-x", TrainingScheme.INITIAL));
        awaitAccount("stu-x", reply -> true);

        billing.publish("admissions.events", "stu-x", Enrollments.withdrawn("stu-x", Instant.now()));

        var withdrawn =
                awaitAccount("stu-x", reply -> reply.body().get("withdrawn").asBoolean());
        var statuses = new ArrayList<String>();
        withdrawn
                .body()
                .get("schedule")
                .forEach(line -> statuses.add(line.get("status").asText()));
        assertThat(statuses)
                .containsExactly("DUE", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED");
        assertThat(withdrawn.text("balance")).isEqualTo("1500.00");
    }

    @Test
    void theCashPlanAfterAnInstalmentWasPaidIsRefusedWithTheRuleNamed() throws Exception {
        billing.publish("admissions.events", "stu-r", enrolledToday("stu-r", TrainingScheme.INITIAL));
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
        assertThat(badYear.body().toString()).contains("\"field\":\"year\"");
        var badLimit = billing.get("/api/v1/programmes/M2-ISD/years/" + YEAR + "/overdue?limit=0");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.body().toString()).contains("\"field\":\"limit\"");
        assertThat(billing.get("/api/v1/accounts/nobody").status()).isEqualTo(404);
    }

    @Test
    void theOverdueListShowsWhatAPersonNeedsWithAnOpaqueCursorAndTheApiIsDescribedByOpenApi() {
        // registered long ago: its deposit is past its due date and grace, and the scan runs every second
        billing.publish(
                "admissions.events",
                "stu-o",
                Enrollments.enrolled("stu-o", TrainingScheme.INITIAL, Instant.now(), LocalDate.parse("2026-09-01")));
        var page = billing.await(
                "/api/v1/programmes/M2-ISD/years/" + YEAR + "/overdue?limit=1",
                reply -> reply.status() == 200
                        && reply.body().get("items").size() == 1
                        && reply.body().path("next").isString());
        var item = page.body().get("items").get(0);
        assertThat(item.get("studentId").asText()).isNotBlank();
        assertThat(item.get("lineId").asText()).isNotBlank();
        assertThat(item.get("dueOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(item.get("amountOwed").isString()).isTrue();
        assertThat(item.get("amountOwed").asText()).matches(MONEY);
        assertThat(item.get("daysOverdue").asInt()).isPositive();
        assertThat(item.get("payer").asText()).isEqualTo("STUDENT");
        assertThat(item.has("key")).isFalse();
        assertThat(page.body().toString()).doesNotContain("M2-ISD/" + YEAR + "|");

        var next = billing.get("/api/v1/programmes/M2-ISD/years/" + YEAR + "/overdue?limit=1&after="
                + page.body().get("next").asText());
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.body().get("items").get(0)).isNotEqualTo(item);
        var forged = billing.get("/api/v1/programmes/M2-ISD/years/" + YEAR + "/overdue?after=M2-ISD%2F2026-2027%7C");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.body().toString()).contains("after");

        var api = billing.get("/v3/api-docs");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body().get("paths").has("/api/v1/accounts/{studentId}/payments"))
                .isTrue();
        assertThat(api.body().get("paths").has("/api/v1/accounts/{studentId}/refunds"))
                .isTrue();
        assertThat(api.body().get("paths").has("/api/v1/programmes/{programme}/years/{year}/overdue"))
                .isTrue();
        // money is declared once (Amount) and shown wherever a response carries it: a string, never a number
        var schemas = api.body().get("components").get("schemas");
        var fee = schemas.get("AccountView").get("properties").get("fee");
        assertThat(fee.get("type").asText()).isEqualTo("string");
        assertThat(fee.get("format").asText()).isEqualTo("decimal");
        assertThat(fee.get("pattern").asText()).isEqualTo("^-?[0-9]+\\.[0-9]{2}$");
        assertThat(fee.get("example").isString()).isTrue();
        assertThat(fee.get("example").asText()).isEqualTo("9750.00");
        assertThat(schemas.get("ReceivablesView")
                        .get("properties")
                        .get("billed")
                        .get("type")
                        .asText())
                .isEqualTo("string");
        assertThat(schemas.get("Item")
                        .get("properties")
                        .get("amountOwed")
                        .get("type")
                        .asText())
                .isEqualTo("string");
    }

    @Test
    void moneyIsADecimalStringWithTwoDecimalsInTheCommandsAnswerTheAccountAndTheReceivables() {
        billing.publish("admissions.events", "stu-m", enrolledToday("stu-m", TrainingScheme.INITIAL));
        awaitAccount("stu-m", reply -> true);

        var answer = billing.post("/api/v1/accounts/stu-m/payments", payment("bank-m1", "\"1000.5\"", "STUDENT"));
        var cash = billing.post("/api/v1/accounts/stu-m/cash-plan", "");
        var account =
                awaitAccount("stu-m", reply -> reply.body().get("cashPlan").asBoolean());
        var receivables = billing.get("/api/v1/programmes/M2-ISD/years/" + YEAR + "/receivables");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("paid").isString()).isTrue();
        assertThat(answer.text("paid")).isEqualTo("1000.50");
        assertThat(answer.text("fee")).isEqualTo("9750.00");
        assertThat(cash.text("discount")).isEqualTo("487.50");
        assertThat(account.text("discount")).isEqualTo("487.50");
        assertThat(account.text("fee")).isEqualTo("9750.00");
        assertThat(account.body().get("schedule").get(0).get("amount").asText()).isEqualTo("1500.00");
        assertThat(account.body().get("payments").get(0).get("amount").asText()).isEqualTo("1000.50");
        for (var field : List.of("billed", "collected", "outstanding", "overdue", "reimbursed", "employerInvoiced")) {
            assertThat(receivables.body().get(field).isString()).as(field).isTrue();
            assertThat(receivables.text(field)).as(field).matches(MONEY);
        }
    }

    @Test
    void implausibleReceivedAtIsRefusedNamingTheField() {
        billing.publish("admissions.events", "stu-t", enrolledToday("stu-t", TrainingScheme.INITIAL));
        awaitAccount("stu-t", reply -> true);

        var future = billing.post(
                "/api/v1/accounts/stu-t/payments",
                payment(
                        "bank-t1",
                        "100.00",
                        "STUDENT",
                        Instant.now().plus(Duration.ofHours(1)).toString()));
        var year9999 = billing.post(
                "/api/v1/accounts/stu-t/payments", payment("bank-t2", "100.00", "STUDENT", "9999-01-01T00:00:00Z"));
        var year0000 = billing.post(
                "/api/v1/accounts/stu-t/payments", payment("bank-t3", "100.00", "STUDENT", "0000-01-01T00:00:00Z"));
        var withinSkew = billing.post(
                "/api/v1/accounts/stu-t/payments",
                payment(
                        "bank-t4",
                        "100.00",
                        "STUDENT",
                        Instant.now().plus(Duration.ofMinutes(1)).toString()));

        assertThat(future.status()).isEqualTo(400);
        assertThat(future.contentType()).startsWith("application/problem+json");
        assertThat(future.body().get("errors").get(0).get("field").asText()).isEqualTo("receivedAt");
        assertThat(year9999.status()).isEqualTo(400);
        assertThat(year9999.body().toString()).contains("receivedAt");
        assertThat(year0000.status()).isEqualTo(422);
        assertThat(year0000.text("rule")).isEqualTo("payment-received-before-account-opened");
        assertThat(year0000.text("detail")).contains("receivedAt");
        assertThat(withinSkew.status()).isEqualTo(200);
    }

    @Test
    void aBursarRefundsACreditAndTheRefundIsRecordedUnderTheirSignIn() {
        billing.publish("admissions.events", "stu-c", enrolledToday("stu-c", TrainingScheme.INITIAL));
        awaitAccount("stu-c", reply -> true);
        billing.post("/api/v1/accounts/stu-c/payments", payment("bank-c1", "10000.00", "STUDENT"));
        var bursar = billing.asUser("bursar");

        var refund = bursar.post("/api/v1/accounts/stu-c/refunds", """
                {"reference":"refund-c1","amount":"250.00","payee":"STUDENT"}""");
        var tooMuch = bursar.post("/api/v1/accounts/stu-c/refunds", """
                {"reference":"refund-c2","amount":"0.01","payee":"STUDENT"}""");

        assertThat(refund.status()).isEqualTo(200);
        assertThat(refund.text("credit")).isEqualTo("0.00");
        assertThat(refund.text("refunded")).isEqualTo("250.00");
        assertThat(refund.body().get("refunds").get(0).get("amount").asText()).isEqualTo("250.00");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.text("rule")).isEqualTo("refund-exceeds-credit");

        var deserializer =
                billing.bean(BillingTopics.class).events().valueSerde().deserializer();
        var topic = billing.topic("billing.events");
        var refunds = readUntil(
                        "billing.events",
                        records -> records.stream()
                                .anyMatch(record -> record.key().equals("stu-c")
                                        && deserializer.deserialize(topic, record.value()) instanceof CreditRefunded))
                .stream()
                .filter(record -> record.key().equals("stu-c"))
                .map(record -> deserializer.deserialize(topic, record.value()))
                .filter(CreditRefunded.class::isInstance)
                .map(CreditRefunded.class::cast)
                .toList();
        assertThat(refunds)
                .singleElement()
                .satisfies(refunded -> assertThat(refunded.getStaffId()).isEqualTo("bursar"));
        assertThat(refund.body().toString()).doesNotContain("\"bursar\"");
    }

    @Test
    void aReadModelOfAProgrammeOrYearBillingDoesNotKnowIsNotFound() {
        var unknownProgramme = billing.get("/api/v1/programmes/M2-XYZ/years/" + YEAR + "/receivables");
        var yearNotOpen = billing.get("/api/v1/programmes/M2-ISD/years/2031-2032/receivables");
        var overdueYearNotOpen = billing.get("/api/v1/programmes/M2-ISD/years/2031-2032/overdue");
        var openYearWithoutAccounts = billing.get("/api/v1/programmes/M2-ISI/years/2027-2028/receivables");

        assertThat(unknownProgramme.status()).isEqualTo(404);
        assertThat(unknownProgramme.contentType()).startsWith("application/problem+json");
        assertThat(unknownProgramme.text("detail")).contains("M2-XYZ");
        assertThat(unknownProgramme.text("rule")).isEqualTo("programme-unknown");
        assertThat(yearNotOpen.status()).isEqualTo(404);
        assertThat(yearNotOpen.text("detail")).contains("2031-2032");
        assertThat(yearNotOpen.text("rule")).isEqualTo("academic-year-not-open");
        assertThat(overdueYearNotOpen.status()).isEqualTo(404);
        assertThat(overdueYearNotOpen.text("rule")).isEqualTo("academic-year-not-open");
        assertThat(openYearWithoutAccounts.status()).isEqualTo(200);
        assertThat(openYearWithoutAccounts.text("billed")).isEqualTo("0.00");
    }

    private RunningService.Reply awaitAccount(String studentId, Predicate<RunningService.Reply> condition) {
        return billing.await("/api/v1/accounts/" + studentId, reply -> reply.status() == 200 && condition.test(reply));
    }

    private static String payment(String reference, String amount, String payer) {
        return payment(reference, amount, payer, Instant.now().toString());
    }

    private static String payment(String reference, String amount, String payer, String receivedAt) {
        return """
                {"reference":"%s","amount":%s,"method":"TRANSFER","payer":"%s","receivedAt":"%s"}
                """.formatted(reference, amount, payer, receivedAt);
    }

    private static StudentEnrolled enrolledToday(String studentId, TrainingScheme scheme) {
        return Enrollments.enrolled(studentId, scheme, Instant.now(), LocalDate.now(PARIS));
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
