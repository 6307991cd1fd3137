package edu.lifecycle.billing.account;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.account.AccountEvent.InstalmentsCancelled;
import edu.lifecycle.billing.account.Accounts.Ledger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CancellingInstalmentsTest {

    private final Ledger ledger = Ledger.opened();

    @Test
    void aWithdrawalCancelsTheInstalmentsNotYetDueAndKeepsTheDeposit() {
        var events = ledger.accepted(Accounts.withdrawal("2026-09-20"));

        var cancelled = (InstalmentsCancelled) events.get(0);
        assertThat(cancelled.lineIds())
                .containsExactly(
                        "instalment-1", "instalment-2", "instalment-3", "instalment-4", "instalment-5", "instalment-6");
        assertThat(cancelled.amountCancelled()).isEqualTo(new BigDecimal("8250.00"));
        assertThat(ledger.line("deposit").status()).isEqualTo(LineStatus.DUE);
        assertThat(ledger.account().owed()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(ledger.account().closing().withdrawn()).isTrue();
    }

    @Test
    void whatFellDueBeforeTheWithdrawalStaysOwed() {
        ledger.accepted(Accounts.payment("ref-1", "1500.00"));

        var cancelled = (InstalmentsCancelled)
                ledger.accepted(Accounts.withdrawal("2026-11-01")).get(0);

        assertThat(cancelled.lineIds()).doesNotContain("instalment-1").hasSize(5);
        assertThat(ledger.account().owed()).isEqualTo(new BigDecimal("1375.00"));
    }

    @Test
    void aWithdrawalWithTheDepositPaidSettlesTheAccount() {
        ledger.accepted(Accounts.payment("ref-1", "1500.00"));

        var events = ledger.accepted(Accounts.withdrawal("2026-09-20"));

        assertThat(events).hasExactlyElementsOfTypes(InstalmentsCancelled.class, AccountEvent.TuitionSettled.class);
    }

    @Test
    void whatWasPaidInAdvanceOnCancelledLinesBecomesCreditTheBursarMayRefund() {
        ledger.accepted(Accounts.payment("ref-1", "4250.00"));

        ledger.accepted(Accounts.withdrawal("2026-11-01"));

        // deposit and instalment-1 (due 2026-10-15) are kept; 1,375.00 paid toward instalment-2 comes back as credit
        assertThat(ledger.account().owed()).isEqualTo(Money.ZERO);
        assertThat(ledger.account().credit()).isEqualTo(new BigDecimal("1375.00"));
        assertThat(ledger.line("instalment-2").status()).isEqualTo(LineStatus.CANCELLED);
        assertThat(ledger.accepted(Accounts.refund("refund-1", "1375.00", Payer.STUDENT)))
                .hasExactlyElementsOfTypes(AccountEvent.CreditRefunded.class);
        assertThat(ledger.account().credit()).isEqualTo(Money.ZERO);
    }

    @Test
    void aWithdrawalEndsTheCashPlanAndKeepsWhatFellDueOnTheScheduleItReplaced() {
        ledger.accepted(Accounts.cashPlan());
        ledger.accepted(Accounts.payment("cash-ref", "9262.50"));

        var cancelled = (InstalmentsCancelled)
                ledger.accepted(Accounts.withdrawal("2026-11-01")).get(0);

        assertThat(cancelled.lineIds())
                .containsExactly(
                        "cash", "instalment-2", "instalment-3", "instalment-4", "instalment-5", "instalment-6");
        var account = ledger.account();
        assertThat(account.onCashPlan()).isFalse();
        assertThat(ledger.line("deposit").status()).isEqualTo(LineStatus.PAID);
        assertThat(ledger.line("instalment-1").status()).isEqualTo(LineStatus.PAID);
        assertThat(account.owed()).isEqualTo(Money.ZERO);
        // 9,262.50 paid, 2,875.00 kept (deposit and the first instalment): the rest is the student's credit
        assertThat(account.credit()).isEqualTo(new BigDecimal("6387.50"));
    }

    @Test
    void anUnpaidCashPlanIsNotOwedInFullAfterAWithdrawal() {
        ledger.accepted(Accounts.cashPlan());

        ledger.accepted(Accounts.withdrawal("2026-09-20"));

        assertThat(ledger.account().owed()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(ledger.line("deposit").status()).isEqualTo(LineStatus.DUE);
    }

    @Test
    void aSecondWithdrawalChangesNothing() {
        ledger.accepted(Accounts.withdrawal("2026-09-20"));

        assertThat(ledger.accepted(Accounts.withdrawal("2026-09-21"))).isEmpty();
    }
}
