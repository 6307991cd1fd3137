package edu.lifecycle.billing.receivables.stream;

import static edu.lifecycle.billing.BillingDriver.SCAN_INTERVAL;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.BillingDriver;
import edu.lifecycle.billing.Enrollments;
import edu.lifecycle.billing.account.AccountCommand;
import edu.lifecycle.billing.account.Accounts;
import edu.lifecycle.billing.account.Payer;
import edu.lifecycle.billing.account.PaymentMethod;
import edu.lifecycle.billing.receivables.OverdueLine;
import edu.lifecycle.billing.receivables.Receivables;
import edu.lifecycle.billing.receivables.StudentReceivables;
import edu.lifecycle.events.admissions.TrainingScheme;
import edu.lifecycle.events.billing.PaymentReceived;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReceivablesTopologyTest {

    private static final String COHORT = "M2-ISD/2026-2027";

    private final BillingDriver billing = new BillingDriver(Accounts.catalog());

    @AfterEach
    void close() {
        billing.close();
    }

    @Test
    void receivablesAddUpTheProgrammeYearsAccounts() {
        enroll("stu-1");
        enroll("stu-2");
        pay("stu-1", "ref-1", "2000.00");
        pay("stu-2", "ref-2", "1500.00");
        billing.placement("stu-2", Enrollments.workStudyContract("stu-2", "contract-1", BillingDriver.START));

        var receivables = billing.receivables(COHORT);

        assertThat(receivables.accounts()).isEqualTo(2);
        assertThat(receivables.billed()).isEqualTo(new BigDecimal("19500.00"));
        assertThat(receivables.collected()).isEqualTo(new BigDecimal("2000.00"));
        assertThat(receivables.outstanding()).isEqualTo(new BigDecimal("17500.00"));
        assertThat(receivables.reimbursed()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(receivables.employerInvoiced()).isEqualTo(new BigDecimal("9750.00"));
        assertThat(receivables.overdue()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void theOverdueListShowsTheOldestLinesFirstAndForgetsThemOncePaid() {
        enroll("stu-1");
        enroll("stu-2");
        pay("stu-2", "ref-2", "1500.00");

        billing.clock.moveTo(Instant.parse("2026-11-02T08:00:00Z"));
        billing.timePasses(SCAN_INTERVAL);

        assertThat(billing.overdueLines())
                .extracting(OverdueLine::studentId, OverdueLine::lineId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("stu-1", "deposit"),
                        org.assertj.core.groups.Tuple.tuple("stu-1", "instalment-1"),
                        org.assertj.core.groups.Tuple.tuple("stu-2", "instalment-1"));
        assertThat(billing.receivables(COHORT).overdue()).isEqualTo(new BigDecimal("4250.00"));

        pay("stu-1", "ref-1", "2875.00");

        assertThat(billing.overdueLines()).extracting(OverdueLine::studentId).containsExactly("stu-2");
        assertThat(billing.receivables(COHORT).overdue()).isEqualTo(new BigDecimal("1375.00"));
    }

    @Test
    void receivablesStoredAsJsonByTheReleaseBeforeAddUpOnAfterTheUpgrade() {
        enroll("stu-1");
        enroll("stu-2");
        pay("stu-2", "ref-2", "1500.00");
        billing.clock.moveTo(Instant.parse("2026-11-02T08:00:00Z"));
        billing.timePasses(SCAN_INTERVAL);
        billing.rewriteAsJson(ReceivablesStores.SHARES, StudentReceivables.class);
        billing.rewriteAsJson(ReceivablesStores.RECEIVABLES, Receivables.class);
        billing.rewriteAsJson(ReceivablesStores.OVERDUE, OverdueLine.class);

        pay("stu-1", "ref-1", "2875.00");

        assertThat(billing.overdueLines()).extracting(OverdueLine::studentId).containsExactly("stu-2");
        assertThat(billing.receivables(COHORT).overdue()).isEqualTo(new BigDecimal("1375.00"));
        assertThat(billing.receivables(COHORT).collected()).isEqualTo(new BigDecimal("4375.00"));
    }

    @Test
    void anApprenticeWhoseEmployerIsToBeConfirmedIsNeverOnTheOverdueListAndTheEmployerIsOnceNamed() {
        billing.admissions("stu-1", Enrollments.enrolled("stu-1", TrainingScheme.APPRENTICESHIP, BillingDriver.START));

        billing.clock.moveTo(Instant.parse("2026-11-20T08:00:00Z"));
        billing.timePasses(SCAN_INTERVAL);
        assertThat(billing.overdueLines()).isEmpty();

        billing.placement(
                "stu-1", Enrollments.workStudyContract("stu-1", "contract-1", Instant.parse("2026-11-20T09:00:00Z")));
        billing.clock.moveTo(Instant.parse("2026-12-06T08:00:00Z"));
        billing.timePasses(SCAN_INTERVAL);

        assertThat(billing.overdueLines())
                .extracting(OverdueLine::lineId, line -> line.dueOn().toString(), OverdueLine::employer)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("deposit", "2026-11-20", "Thales"),
                        org.assertj.core.groups.Tuple.tuple("instalment-1", "2026-11-20", "Thales"),
                        org.assertj.core.groups.Tuple.tuple("instalment-2", "2026-11-20", "Thales"));
    }

    @Test
    void theAccountReadModelFoldedFromThePublishedEventsMatchesTheAggregate() {
        enroll("stu-1");
        pay("stu-1", "ref-1", "2000.00");
        billing.send(meta -> new AccountCommand.ChooseCashPlan(meta.commandId(), "stu-1", meta.issuedAt()));
        billing.placement("stu-1", Enrollments.workStudyContract("stu-1", "contract-1", BillingDriver.START));
        billing.admissions("stu-1", Enrollments.withdrawn("stu-1", Instant.parse("2026-09-20T10:00:00Z")));

        assertThat(billing.accountReadModel("stu-1")).isEqualTo(billing.account("stu-1"));
        assertThat(billing.accountReadModel("stu-1").closing().withdrawn()).isTrue();
    }

    @Test
    void anEventDeliveredAgainChangesNoReadModel() {
        enroll("stu-1");
        pay("stu-1", "ref-1", "2000.00");
        var payment = billing.events(PaymentReceived.class).get(0);

        billing.redeliver("stu-1", payment);

        assertThat(billing.accountReadModel("stu-1").paid()).isEqualTo(new BigDecimal("2000.00"));
        assertThat(billing.accountReadModel("stu-1").movements().payments()).hasSize(1);
        assertThat(billing.receivables(COHORT).collected()).isEqualTo(new BigDecimal("2000.00"));
    }

    private void enroll(String student) {
        billing.admissions(student, Enrollments.enrolled(student, TrainingScheme.INITIAL, BillingDriver.START));
    }

    private void pay(String student, String reference, String amount) {
        billing.send(meta -> new AccountCommand.RecordPayment(
                meta.commandId(),
                student,
                meta.issuedAt(),
                reference,
                new BigDecimal(amount),
                PaymentMethod.TRANSFER,
                Payer.STUDENT,
                BillingDriver.START));
    }
}
