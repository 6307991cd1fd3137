package edu.lifecycle.billing.account.stream;

import static edu.lifecycle.billing.BillingDriver.SCAN_INTERVAL;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.BillingDriver;
import edu.lifecycle.billing.Enrollments;
import edu.lifecycle.billing.account.AccountCommand;
import edu.lifecycle.billing.account.Accounts;
import edu.lifecycle.billing.account.LineStatus;
import edu.lifecycle.billing.account.Payer;
import edu.lifecycle.billing.account.PaymentMethod;
import edu.lifecycle.events.admissions.TrainingScheme;
import edu.lifecycle.events.billing.CashPlanChosen;
import edu.lifecycle.events.billing.CreditRefunded;
import edu.lifecycle.events.billing.EmployerInvoiced;
import edu.lifecycle.events.billing.InstalmentOverdue;
import edu.lifecycle.events.billing.InstalmentsCancelled;
import edu.lifecycle.events.billing.PayerType;
import edu.lifecycle.events.billing.PaymentAllocation;
import edu.lifecycle.events.billing.PaymentReceived;
import edu.lifecycle.events.billing.TuitionAccountOpened;
import edu.lifecycle.events.billing.TuitionReimbursed;
import edu.lifecycle.events.billing.TuitionSettled;
import edu.lifecycle.servicekit.command.CommandOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountsTopologyTest {

    private static final String STUDENT = "stu-1";

    private final BillingDriver billing = new BillingDriver(Accounts.catalog());

    @AfterEach
    void close() {
        billing.close();
    }

    @Test
    void anEnrollmentOpensAnAccountAndPublishesItsSchedule() {
        enroll(TrainingScheme.INITIAL);

        var opened = billing.events(TuitionAccountOpened.class);
        assertThat(opened).singleElement().satisfies(account -> {
            assertThat(account.getStudentId()).isEqualTo(STUDENT);
            assertThat(account.getTuitionFee()).isEqualTo(new BigDecimal("9750.00"));
            assertThat(account.getPayer()).isEqualTo(PayerType.STUDENT);
            assertThat(account.getSchedule()).hasSize(7);
            assertThat(account.getSchedule().get(0).getDueOn()).isEqualTo(Enrollments.REGISTERED_ON);
            assertThat(account.getSchedule().get(6).getAmount()).isEqualTo(new BigDecimal("1375.00"));
        });
        assertThat(billing.account(STUDENT).owed()).isEqualTo(new BigDecimal("9750.00"));
    }

    @Test
    void anApprenticesAccountIsPaidByTheEmployer() {
        enroll(TrainingScheme.APPRENTICESHIP);

        assertThat(billing.events(TuitionAccountOpened.class).get(0).getPayer()).isEqualTo(PayerType.EMPLOYER);
    }

    @Test
    void theSameEnrollmentEventTwiceOpensOneAccount() {
        var enrolled = Enrollments.enrolled(STUDENT, TrainingScheme.INITIAL, BillingDriver.START);
        billing.admissions(STUDENT, enrolled);
        billing.admissions(STUDENT, enrolled);

        assertThat(billing.events(TuitionAccountOpened.class)).hasSize(1);
    }

    @Test
    void aPaymentIsAllocatedOldestFirstAndARepeatedReferenceChangesNothing() {
        enroll(TrainingScheme.INITIAL);

        var outcome = pay("ref-1", "2000.00");
        var repeated = pay("ref-1", "2000.00");

        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        // money in the command's answer is a decimal string with two decimals, as in every billing response
        assertThat(outcome.view().get("paid").isString()).isTrue();
        assertThat(outcome.view().get("paid").asText()).isEqualTo("2000.00");
        assertThat(outcome.view().get("fee").asText()).isEqualTo("9750.00");
        assertThat(outcome.view().get("schedule").get(1).get("outstanding").asText())
                .isEqualTo("875.00");
        assertThat(repeated.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        assertThat(repeated.view().get("paid").asText()).isEqualTo("2000.00");
        assertThat(billing.events(PaymentReceived.class)).singleElement().satisfies(payment -> {
            assertThat(payment.getAllocations())
                    .containsExactly(
                            new PaymentAllocation("deposit", new BigDecimal("1500.00")),
                            new PaymentAllocation("instalment-1", new BigDecimal("500.00")));
            assertThat(payment.getCredit()).isEqualTo(new BigDecimal("0.00"));
        });
    }

    @Test
    void theCashPlanIsRefusedAfterAnInstalmentWasPaidWithTheRuleNamed() {
        enroll(TrainingScheme.INITIAL);
        pay("ref-1", "2000.00");

        var outcome =
                billing.send(meta -> new AccountCommand.ChooseCashPlan(meta.commandId(), STUDENT, meta.issuedAt()));

        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.REJECTED);
        assertThat(outcome.rejection().rule()).isEqualTo("cash-plan-after-instalment-paid");
        assertThat(billing.events(CashPlanChosen.class)).isEmpty();
    }

    @Test
    void theCashPlanThenItsPaymentSettleTheTuitionOnce() {
        enroll(TrainingScheme.INITIAL);

        var chosen =
                billing.send(meta -> new AccountCommand.ChooseCashPlan(meta.commandId(), STUDENT, meta.issuedAt()));
        pay("cash-1", "9262.50");
        pay("extra-1", "10.00");

        assertThat(chosen.view().get("balance").asText()).isEqualTo("9262.50");
        assertThat(chosen.view().get("discount").asText()).isEqualTo("487.50");
        assertThat(billing.events(CashPlanChosen.class).get(0).getAmountDue()).isEqualTo(new BigDecimal("9262.50"));
        assertThat(billing.events(TuitionSettled.class))
                .singleElement()
                .satisfies(settled -> assertThat(settled.getTotalPaid()).isEqualTo(new BigDecimal("9262.50")));
    }

    @Test
    void anInstalmentBecomesOverdueExactlyOnceAsTheClockMovesPastItsGracePeriod() {
        enroll(TrainingScheme.INITIAL);
        pay("deposit-1", "1500.00");

        // instalment-1 is due 2026-10-15 with 15 days' grace: still on time on the 30th (Paris).
        billing.clock.moveTo(Instant.parse("2026-10-30T21:00:00Z"));
        billing.timePasses(SCAN_INTERVAL);
        assertThat(billing.events(InstalmentOverdue.class)).isEmpty();

        billing.clock.moveTo(Instant.parse("2026-10-30T23:30:00Z"));
        billing.timePasses(SCAN_INTERVAL);
        billing.timePasses(SCAN_INTERVAL);
        billing.clock.moveTo(Instant.parse("2026-11-02T08:00:00Z"));
        billing.timePasses(SCAN_INTERVAL);

        assertThat(billing.events(InstalmentOverdue.class)).singleElement().satisfies(overdue -> {
            assertThat(overdue.getLineId()).isEqualTo("instalment-1");
            assertThat(overdue.getAmountOutstanding()).isEqualTo(new BigDecimal("1375.00"));
            assertThat(overdue.getDueOn()).isEqualTo(LocalDate.parse("2026-10-15"));
        });
        assertThat(billing.account(STUDENT).schedule().lines().get(1).status()).isEqualTo(LineStatus.OVERDUE);
    }

    @Test
    void aWorkStudyContractReimbursesTheStudentAndInvoicesTheEmployerAndASecondOneChangesNothing() {
        enroll(TrainingScheme.INITIAL);
        pay("ref-1", "1500.00");

        billing.placement(STUDENT, Enrollments.workStudyContract(STUDENT, "contract-1", BillingDriver.START));
        billing.placement(STUDENT, Enrollments.workStudyContract(STUDENT, "contract-2", BillingDriver.START));

        assertThat(billing.events(TuitionReimbursed.class)).singleElement().satisfies(reimbursed -> {
            assertThat(reimbursed.getAmount()).isEqualTo(new BigDecimal("1500.00"));
            assertThat(reimbursed.getContractId()).isEqualTo("contract-1");
        });
        assertThat(billing.events(EmployerInvoiced.class)).singleElement().satisfies(invoiced -> {
            assertThat(invoiced.getAmount()).isEqualTo(new BigDecimal("9750.00"));
            assertThat(invoiced.getEmployer()).isEqualTo("Thales");
        });
        assertThat(billing.account(STUDENT).funding().payer()).isEqualTo(Payer.EMPLOYER);
    }

    @Test
    void aWithdrawalCancelsTheFutureInstalmentsAndKeepsTheDeposit() {
        enroll(TrainingScheme.INITIAL);

        billing.admissions(STUDENT, Enrollments.withdrawn(STUDENT, Instant.parse("2026-09-20T10:00:00Z")));

        assertThat(billing.events(InstalmentsCancelled.class)).singleElement().satisfies(cancelled -> {
            assertThat(cancelled.getLineIds()).hasSize(6).doesNotContain("deposit");
            assertThat(cancelled.getAmountCancelled()).isEqualTo(new BigDecimal("8250.00"));
        });
        assertThat(billing.account(STUDENT).owed()).isEqualTo(new BigDecimal("1500.00"));
    }

    @Test
    void aLateRegistrantWhoPaysTheDepositAndWithdrawsTheSameDayOwesNothing() {
        var registeredAt = Instant.parse("2026-12-02T09:00:00Z");
        billing.clock.moveTo(registeredAt);
        billing.admissions(
                STUDENT,
                Enrollments.enrolled(STUDENT, TrainingScheme.INITIAL, registeredAt, LocalDate.parse("2026-12-02")));
        var deposit = billing.send(meta -> new AccountCommand.RecordPayment(
                meta.commandId(),
                STUDENT,
                meta.issuedAt(),
                "desk-1",
                new BigDecimal("1500.00"),
                PaymentMethod.CARD,
                Payer.STUDENT,
                registeredAt));
        assertThat(deposit.view().get("schedule").get(0).get("status").asText()).isEqualTo("PAID");
        assertThat(billing.send(meta -> new AccountCommand.ChooseCashPlan(meta.commandId(), STUDENT, meta.issuedAt()))
                        .status())
                .isEqualTo(CommandOutcome.Status.ACCEPTED);

        billing.admissions(STUDENT, Enrollments.withdrawn(STUDENT, registeredAt.plusSeconds(3600)));

        var account = billing.account(STUDENT);
        assertThat(account.owed()).isEqualTo(new BigDecimal("0.00"));
        assertThat(account.closing().settled()).isTrue();
        assertThat(billing.events(TuitionSettled.class)).hasSize(1);
        assertThat(billing.accountReadModel(STUDENT)).isEqualTo(account);
    }

    @Test
    void aBursarRefundsACreditAndTheRefundIsPublished() {
        enroll(TrainingScheme.INITIAL);
        pay("ref-1", "10000.00");

        var refunded = billing.send(meta -> new AccountCommand.RefundCredit(
                meta.commandId(), STUDENT, meta.issuedAt(), "refund-1", new BigDecimal("250.00"), Payer.STUDENT));
        var tooMuch = billing.send(meta -> new AccountCommand.RefundCredit(
                meta.commandId(), STUDENT, meta.issuedAt(), "refund-2", new BigDecimal("0.01"), Payer.STUDENT));

        assertThat(refunded.view().get("credit").asText()).isEqualTo("0.00");
        assertThat(refunded.view().get("refunded").asText()).isEqualTo("250.00");
        assertThat(tooMuch.rejection().rule()).isEqualTo("refund-exceeds-credit");
        assertThat(billing.events(CreditRefunded.class)).singleElement().satisfies(refund -> {
            assertThat(refund.getAmount()).isEqualTo(new BigDecimal("250.00"));
            assertThat(refund.getPayee()).isEqualTo(PayerType.STUDENT);
            assertThat(refund.getRefundReference()).isEqualTo("refund-1");
        });
        assertThat(billing.accountReadModel(STUDENT).refunded()).isEqualTo(new BigDecimal("250.00"));
    }

    @Test
    void aStudentsPaymentAfterTheContractIsRefusedWithTheRuleNamed() {
        enroll(TrainingScheme.INITIAL);
        billing.placement(STUDENT, Enrollments.workStudyContract(STUDENT, "contract-1", BillingDriver.START));

        var outcome = pay("ref-1", "1500.00");

        assertThat(outcome.rejection().rule()).isEqualTo("employer-pays-tuition");
        assertThat(billing.events(PaymentReceived.class)).isEmpty();
    }

    @Test
    void aPaymentToAStudentWithoutAccountIsNotFound() {
        var outcome = pay("ref-1", "100.00");

        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.REJECTED);
        assertThat(outcome.rejection().rule()).isEqualTo("account-not-found");
    }

    private void enroll(TrainingScheme scheme) {
        billing.admissions(STUDENT, Enrollments.enrolled(STUDENT, scheme, BillingDriver.START));
    }

    private CommandOutcome pay(String reference, String amount) {
        return billing.send(meta -> new AccountCommand.RecordPayment(
                meta.commandId(),
                STUDENT,
                meta.issuedAt(),
                reference,
                new BigDecimal(amount),
                PaymentMethod.CARD,
                Payer.STUDENT,
                BillingDriver.START));
    }
}
