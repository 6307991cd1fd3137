package edu.lifecycle.billing.account;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.account.AccountEvent.CreditRefunded;
import edu.lifecycle.billing.account.Accounts.Ledger;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefundingCreditTest {

    private final Ledger ledger = Ledger.opened();

    @Test
    void theBursarRefundsAnOverpaymentToTheStudent() {
        ledger.accepted(Accounts.payment("ref-1", "43125.00"));
        assertThat(ledger.account().credit()).isEqualTo(new BigDecimal("33375.00"));

        var events = ledger.accepted(Accounts.refund("refund-1", "33375.00", Payer.STUDENT));

        assertThat(events).singleElement().isInstanceOfSatisfying(CreditRefunded.class, refunded -> {
            assertThat(refunded.amount()).isEqualTo(new BigDecimal("33375.00"));
            assertThat(refunded.payee()).isEqualTo(Payer.STUDENT);
            assertThat(refunded.reference()).isEqualTo("refund-1");
        });
        var account = ledger.account();
        assertThat(account.credit()).isEqualTo(Money.ZERO);
        assertThat(account.paid()).isEqualTo(new BigDecimal("9750.00"));
        assertThat(account.refunded()).isEqualTo(new BigDecimal("33375.00"));
        assertThat(account.closing().settled()).isTrue();
    }

    @Test
    void aRefundIsRecordedUnderTheSignedInBursarWhoSentIt() {
        ledger.accepted(Accounts.payment("ref-1", "10000.00"));
        var asked = Accounts.refund("refund-1", "100.00", Payer.STUDENT);
        var signedIn = new AccountCommand.RefundCredit(
                Accounts.COMMAND_ID,
                asked.studentId(),
                asked.issuedAt(),
                asked.reference(),
                asked.amount(),
                asked.payee(),
                Optional.of("bursar"));

        assertThat(ledger.accepted(signedIn))
                .singleElement()
                .isInstanceOfSatisfying(
                        CreditRefunded.class,
                        refunded -> assertThat(refunded.staffId()).contains("bursar"));
    }

    @Test
    void aRefundNobodySignedInSentRecordsNobody() {
        ledger.accepted(Accounts.payment("ref-1", "10000.00"));

        assertThat(ledger.accepted(Accounts.refund("refund-1", "100.00", Payer.STUDENT)))
                .singleElement()
                .isInstanceOfSatisfying(
                        CreditRefunded.class,
                        refunded -> assertThat(refunded.staffId()).isEmpty());
    }

    @Test
    void aRefundMayBePartialAndTheSameReferenceIsOneRefund() {
        ledger.accepted(Accounts.payment("ref-1", "10000.00"));

        ledger.accepted(Accounts.refund("refund-1", "100.00", Payer.STUDENT));
        assertThat(ledger.accepted(Accounts.refund("refund-1", "100.00", Payer.STUDENT)))
                .isEmpty();

        assertThat(ledger.account().credit()).isEqualTo(new BigDecimal("150.00"));
    }

    @Test
    void noMoreThanThePayeesCreditCanBeRefunded() {
        ledger.accepted(Accounts.payment("ref-1", "10000.00"));

        assertThat(ledger.refusal(Accounts.refund("refund-1", "250.01", Payer.STUDENT)))
                .isEqualTo(BillingRules.REFUND_EXCEEDS_CREDIT);
        assertThat(ledger.refusal(Accounts.refund("refund-2", "10.00", Payer.EMPLOYER)))
                .isEqualTo(BillingRules.REFUND_EXCEEDS_CREDIT);
        assertThat(ledger.refusal(Accounts.refund("refund-3", "0.00", Payer.STUDENT)))
                .isEqualTo(BillingRules.REFUND_AMOUNT_POSITIVE);
        assertThat(ledger.refusal(Accounts.refund("refund-4", "1.001", Payer.STUDENT)))
                .isEqualTo(BillingRules.REFUND_AMOUNT_IN_CENTS);
    }

    @Test
    void creditIsAppliedToLinesThatFallOwedLaterBeforeAnyOfItCanBeRefunded() {
        // The student paid everything, an employer overpaid 100.00; then a contract reimburses the student
        ledger.accepted(Accounts.payment("student-ref", "9750.00", Payer.STUDENT));
        ledger.accepted(Accounts.payment("employer-ref", "100.00", Payer.EMPLOYER));
        assertThat(ledger.account().creditOf(Payer.EMPLOYER)).isEqualTo(new BigDecimal("100.00"));

        var events = ledger.accepted(Accounts.workStudyContract("contract-1"));

        // the employer's 100.00 now pays the deposit, so it is invoiced 100.00 less and has no credit left
        assertThat(((AccountEvent.EmployerInvoiced) events.get(1)).amount()).isEqualTo(new BigDecimal("9650.00"));
        assertThat(ledger.line("deposit").paidByEmployer()).isEqualTo(new BigDecimal("100.00"));
        assertThat(ledger.account().credit()).isEqualTo(Money.ZERO);
        assertThat(ledger.refusal(Accounts.refund("refund-1", "100.00", Payer.EMPLOYER)))
                .isEqualTo(BillingRules.REFUND_EXCEEDS_CREDIT);
    }
}
