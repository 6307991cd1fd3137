package edu.lifecycle.billing.account;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.account.AccountEvent.PaymentReceived;
import edu.lifecycle.billing.account.Accounts.Ledger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RecordingPaymentTest {

    private final Ledger ledger = Ledger.opened();

    @Test
    void aPaymentSettlesTheOldestDueLinesFirst() {
        var events = ledger.accepted(Accounts.payment("ref-1", "2000.00"));

        var payment = ((PaymentReceived) events.get(0)).payment();
        assertThat(payment.allocations())
                .containsExactly(
                        new Allocation("deposit", new BigDecimal("1500.00")),
                        new Allocation("instalment-1", new BigDecimal("500.00")));
        assertThat(payment.credit()).isEqualTo(Money.ZERO);
        assertThat(ledger.line("deposit").status()).isEqualTo(LineStatus.PAID);
        assertThat(ledger.line("instalment-1").status()).isEqualTo(LineStatus.DUE);
        assertThat(ledger.line("instalment-1").outstanding()).isEqualTo(new BigDecimal("875.00"));
        assertThat(ledger.account().owed()).isEqualTo(new BigDecimal("7750.00"));
    }

    @Test
    void theSamePaymentReferenceTwiceIsOnePayment() {
        ledger.accepted(Accounts.payment("ref-1", "1500.00"));

        var again = ledger.accepted(Accounts.payment("ref-1", "1500.00"));

        assertThat(again).isEmpty();
        assertThat(ledger.account().movements().payments()).hasSize(1);
        assertThat(ledger.account().paid()).isEqualTo(new BigDecimal("1500.00"));
    }

    @Test
    void anOverpaymentBecomesACredit() {
        var events = ledger.accepted(Accounts.payment("ref-1", "10000.00"));

        var payment = ((PaymentReceived) events.get(0)).payment();
        assertThat(payment.credit()).isEqualTo(new BigDecimal("250.00"));
        assertThat(ledger.account().credit()).isEqualTo(new BigDecimal("250.00"));
        assertThat(ledger.account().owed()).isEqualTo(Money.ZERO);
    }

    @Test
    void aPaymentReceivedBeforeTheAccountOpenedIsRefusedNamingReceivedAt() {
        var early = Accounts.paymentOn("2026-08-31", "ref-1", "1500.00", Payer.STUDENT);

        var decision = ledger.decide(early);

        assertThat(decision)
                .isInstanceOfSatisfying(
                        edu.lifecycle.servicekit.decision.Decision.Rejected.class,
                        rejected -> assertThat(rejected.rejection().detail()).contains("receivedAt"));
        assertThat(ledger.refusal(Accounts.paymentOn("0000-01-01", "ref-2", "1500.00", Payer.STUDENT)))
                .isEqualTo(BillingRules.PAYMENT_BEFORE_ACCOUNT_OPENED);
        assertThat(ledger.account().movements().payments()).isEmpty();
    }

    @Test
    void anApprenticesEmployerMayPayBeforeTheContractNamesIt() {
        var apprentice = Ledger.opened(TrainingScheme.APPRENTICESHIP);

        assertThat(apprentice.accepted(Accounts.payment("employer-ref", "1500.00", Payer.EMPLOYER)))
                .hasExactlyElementsOfTypes(PaymentReceived.class);
        assertThat(apprentice.refusal(Accounts.payment("student-ref", "100.00", Payer.STUDENT)))
                .isEqualTo(BillingRules.EMPLOYER_PAYS_TUITION);
    }

    @Test
    void aPaymentMustBringAPositiveAmount() {
        assertThat(ledger.refusal(Accounts.payment("ref-1", "0.00"))).isEqualTo(BillingRules.PAYMENT_AMOUNT_POSITIVE);
        assertThat(ledger.refusal(Accounts.payment("ref-2", "-5.00"))).isEqualTo(BillingRules.PAYMENT_AMOUNT_POSITIVE);
    }

    @Test
    void aPaymentIsInEurosAndCents() {
        assertThat(ledger.refusal(Accounts.payment("ref-1", "10.005"))).isEqualTo(BillingRules.PAYMENT_AMOUNT_IN_CENTS);
    }
}
