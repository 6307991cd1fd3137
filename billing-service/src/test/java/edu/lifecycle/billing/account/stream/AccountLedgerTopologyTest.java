package edu.lifecycle.billing.account.stream;

import static edu.lifecycle.billing.BillingDriver.SCAN_INTERVAL;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.BillingDriver;
import edu.lifecycle.billing.Enrollments;
import edu.lifecycle.billing.account.AccountCommand;
import edu.lifecycle.billing.account.Accounts;
import edu.lifecycle.billing.account.Payer;
import edu.lifecycle.billing.account.PaymentMethod;
import edu.lifecycle.events.admissions.TrainingScheme;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * The account ledger, the read model the account's queries read, is built by the read models alone from the published
 * events; rebuilding it sends no command, however much time passes.
 */
class AccountLedgerTopologyTest {

    private static final String STUDENT = "stu-1";

    @Test
    void theReadModelsAloneFoldThePublishedEventsIntoTheAccountAndSendNoCommand() {
        try (var commandSide = BillingDriver.commandSideOnly(Accounts.catalog());
                var readModels = BillingDriver.readModelsOnly(Accounts.catalog())) {
            commandSide.admissions(STUDENT, Enrollments.enrolled(STUDENT, TrainingScheme.INITIAL, BillingDriver.START));
            commandSide.send(meta -> new AccountCommand.RecordPayment(
                    meta.commandId(),
                    STUDENT,
                    meta.issuedAt(),
                    "ref-1",
                    new BigDecimal("2000.00"),
                    PaymentMethod.CARD,
                    Payer.STUDENT,
                    BillingDriver.START));
            commandSide.clock.moveTo(Instant.parse("2026-11-02T08:00:00Z"));
            commandSide.timePasses(SCAN_INTERVAL);

            commandSide.events().forEach(event -> readModels.redeliver(STUDENT, event));
            readModels.clock.moveTo(Instant.parse("2026-12-02T08:00:00Z"));
            readModels.timePasses(SCAN_INTERVAL);

            assertThat(readModels.accountReadModel(STUDENT)).isEqualTo(commandSide.account(STUDENT));
            assertThat(readModels
                            .accountReadModel(STUDENT)
                            .schedule()
                            .lines()
                            .get(1)
                            .overdue())
                    .isTrue();
            assertThat(readModels.commandsSent()).isEmpty();
        }
    }

    @Test
    void theEventsTraceGoesOnThroughTheRepartitionToTheCohortViews() {
        try (var commandSide = BillingDriver.commandSideOnly(Accounts.catalog());
                var readModels = BillingDriver.readModelsOnly(Accounts.catalog())) {
            commandSide.admissions(STUDENT, Enrollments.enrolled(STUDENT, TrainingScheme.INITIAL, BillingDriver.START));
            var traced = new RecordHeaders().add("traceparent", TRACE.getBytes(StandardCharsets.UTF_8));

            readModels.redeliver(STUDENT, commandSide.events().get(0), traced);

            String repartition = readModels.producedTopics().stream()
                    .filter(topic -> topic.endsWith("-repartition"))
                    .findFirst()
                    .orElseThrow();
            assertThat(readModels.rawRecords(repartition))
                    .isNotEmpty()
                    .allSatisfy(record -> assertThat(record.headers().lastHeader("traceparent"))
                            .isNotNull()
                            .extracting(header -> new String(header.value(), StandardCharsets.UTF_8))
                            .isEqualTo(TRACE));
        }
    }

    private static final String TRACE = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
}
