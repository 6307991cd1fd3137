package edu.lifecycle.billing.account;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.account.AccountEvent.EmployerInvoiced;
import edu.lifecycle.billing.account.AccountEvent.TuitionReimbursed;
import edu.lifecycle.billing.account.Accounts.Ledger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SwitchingPayerTest {

    @Test
    void aWorkStudyContractReimbursesTheStudentAndInvoicesTheEmployerTheWholeTuition() {
        var ledger = Ledger.opened();
        ledger.accepted(Accounts.payment("ref-1", "2875.00"));

        var events = ledger.accepted(Accounts.workStudyContract("contract-1"));

        assertThat(events).hasExactlyElementsOfTypes(TuitionReimbursed.class, EmployerInvoiced.class);
        var reimbursed = (TuitionReimbursed) events.get(0);
        assertThat(reimbursed.amount()).isEqualTo(new BigDecimal("2875.00"));
        assertThat(reimbursed.employer()).isEqualTo("Thales");
        assertThat(((EmployerInvoiced) events.get(1)).amount()).isEqualTo(new BigDecimal("9750.00"));
        var account = ledger.account();
        assertThat(account.funding().payer()).isEqualTo(Payer.EMPLOYER);
        assertThat(account.funding().employer()).isEqualTo("Thales");
        assertThat(account.movements().reimbursed()).isEqualTo(new BigDecimal("2875.00"));
        assertThat(account.paid()).isEqualTo(new BigDecimal("0.00"));
        assertThat(account.owed()).isEqualTo(new BigDecimal("9750.00"));
    }

    @Test
    void aStudentWhoPaidNothingIsNotReimbursedButTheEmployerIsInvoiced() {
        var ledger = Ledger.opened();

        var events = ledger.accepted(Accounts.workStudyContract("contract-1"));

        assertThat(events).hasExactlyElementsOfTypes(EmployerInvoiced.class);
    }

    @Test
    void aSecondContractChangesNothingAlreadyReimbursed() {
        var ledger = Ledger.opened();
        ledger.accepted(Accounts.payment("ref-1", "1500.00"));
        ledger.accepted(Accounts.workStudyContract("contract-1"));

        var events = ledger.accepted(Accounts.workStudyContract("contract-2"));

        assertThat(events).isEmpty();
        assertThat(ledger.account().movements().reimbursed()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(ledger.account().funding().employerInvoiced()).isEqualTo(new BigDecimal("9750.00"));
    }

    @Test
    void theEmployersPaymentsAreNotReimbursedAndStayOnTheDeposit() {
        // The student paid the deposit, then an employer paid toward the first instalment before the contract.
        var ledger = Ledger.opened();
        ledger.accepted(Accounts.payment("student-ref", "1500.00", Payer.STUDENT));
        ledger.accepted(Accounts.payment("employer-ref", "1600.00", Payer.EMPLOYER));

        var events = ledger.accepted(Accounts.workStudyContract("contract-1"));

        assertThat(((TuitionReimbursed) events.get(0)).amount()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(((EmployerInvoiced) events.get(1)).amount()).isEqualTo(new BigDecimal("8150.00"));
        // The employer's money is applied again deposit first: the deposit is never left owing behind an instalment.
        assertThat(ledger.line("deposit").status()).isEqualTo(LineStatus.PAID);
        assertThat(ledger.line("instalment-1").outstanding()).isEqualTo(new BigDecimal("1275.00"));
    }

    @Test
    void aStudentsPaymentAfterThePayerSwitchedIsRefusedAndNotCountedTowardTheEmployersDebt() {
        var ledger = Ledger.opened();
        ledger.accepted(Accounts.workStudyContract("contract-1"));

        assertThat(ledger.refusal(Accounts.payment("student-ref", "1500.00", Payer.STUDENT)))
                .isEqualTo(BillingRules.EMPLOYER_PAYS_TUITION);
        assertThat(ledger.account().owed()).isEqualTo(new BigDecimal("9750.00"));
        assertThat(ledger.account().movements().payments()).isEmpty();
    }

    @Test
    void aCashPlanStudentWhoSignsAContractIsReimbursedAndTheEmployerIsInvoicedTheFullTuitionOnTheSchedule() {
        var ledger = Ledger.opened();
        ledger.accepted(Accounts.payment("deposit-ref", "1500.00"));
        ledger.accepted(Accounts.cashPlan());
        ledger.accepted(Accounts.payment("cash-ref", "7762.50"));

        var events = ledger.accepted(Accounts.workStudyContract("contract-1"));

        assertThat(((TuitionReimbursed) events.get(0)).amount()).isEqualTo(new BigDecimal("9262.50"));
        assertThat(((EmployerInvoiced) events.get(1)).amount()).isEqualTo(new BigDecimal("9750.00"));
        assertThat(ledger.account().onCashPlan()).isFalse();
        assertThat(ledger.account().tuition().discount()).isEqualTo(Money.ZERO);
        assertThat(ledger.line("cash").status()).isEqualTo(LineStatus.CANCELLED);
        assertThat(ledger.line("instalment-6").status()).isEqualTo(LineStatus.DUE);
        assertThat(ledger.account().owed()).isEqualTo(new BigDecimal("9750.00"));
        assertThat(ledger.account().closing().settled()).isFalse();
    }

    @Test
    void aSettledAccountReopenedByAContractIsSettledAgainWhenTheEmployerPays() {
        var ledger = Ledger.opened();
        ledger.accepted(Accounts.payment("all-ref", "9750.00"));
        ledger.accepted(Accounts.workStudyContract("contract-1"));
        assertThat(ledger.account().closing().settled()).isFalse();

        var events = ledger.accepted(Accounts.payment("employer-ref", "9750.00", Payer.EMPLOYER));

        assertThat(events).last().isInstanceOf(AccountEvent.TuitionSettled.class);
        assertThat(ledger.account().closing().settled()).isTrue();
    }

    @Test
    void theEmployerIsNotLateOnLinesThatFellDueBeforeItWasInvoiced() {
        var ledger = Ledger.opened();
        ledger.accepted(Accounts.payment("deposit-ref", "1500.00"));
        ledger.accepted(Accounts.overdueCheck("2026-11-20"));
        assertThat(ledger.line("instalment-1").status()).isEqualTo(LineStatus.OVERDUE);

        ledger.accepted(Accounts.workStudyContractOn("2026-12-01", "contract-1", "Thales"));

        // Everything the employer owes falls due on the invoice day at the earliest: overdue after 15 days' grace.
        assertThat(ledger.line("instalment-1").status()).isEqualTo(LineStatus.DUE);
        assertThat(ledger.accepted(Accounts.overdueCheck("2026-12-16"))).isEmpty();
        var overdue = ledger.accepted(Accounts.overdueCheck("2026-12-17"));
        assertThat(overdue)
                .extracting(event -> ((AccountEvent.InstalmentOverdue) event).lineId())
                .containsExactly("deposit", "instalment-1", "instalment-2");
        assertThat(overdue)
                .extracting(event -> ((AccountEvent.InstalmentOverdue) event).dueOn())
                .containsOnly(java.time.LocalDate.parse("2026-12-01"));
    }

    @Test
    void onceTheEmployerPaysEverythingTheTuitionIsSettled() {
        var ledger = Ledger.opened();
        ledger.accepted(Accounts.payment("ref-1", "1500.00"));
        ledger.accepted(Accounts.workStudyContract("contract-1"));

        var events = ledger.accepted(Accounts.payment("employer-ref", "9750.00", Payer.EMPLOYER));

        assertThat(events)
                .hasExactlyElementsOfTypes(AccountEvent.PaymentReceived.class, AccountEvent.TuitionSettled.class);
        assertThat(((AccountEvent.TuitionSettled) events.get(1)).totalPaid()).isEqualTo(new BigDecimal("9750.00"));
    }
}
