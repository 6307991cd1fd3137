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
        assertThat(account.payer()).isEqualTo(Payer.EMPLOYER);
        assertThat(account.employer()).isEqualTo("Thales");
        assertThat(account.reimbursed()).isEqualTo(new BigDecimal("2875.00"));
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
        assertThat(ledger.account().reimbursed()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(ledger.account().employerInvoiced()).isEqualTo(new BigDecimal("9750.00"));
    }

    @Test
    void theEmployersPaymentsAreNotReimbursed() {
        var ledger = Ledger.opened(TrainingScheme.APPRENTICESHIP);
        ledger.accepted(Accounts.payment("employer-ref", "1500.00", Payer.EMPLOYER));
        ledger.accepted(Accounts.payment("student-ref", "100.00", Payer.STUDENT));

        var events = ledger.accepted(Accounts.workStudyContract("contract-1"));

        assertThat(((TuitionReimbursed) events.get(0)).amount()).isEqualTo(new BigDecimal("100.00"));
        assertThat(((EmployerInvoiced) events.get(1)).amount()).isEqualTo(new BigDecimal("8250.00"));
        assertThat(ledger.line("deposit").status()).isEqualTo(LineStatus.PAID);
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
