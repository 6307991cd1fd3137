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
        assertThat(ledger.account().withdrawn()).isTrue();
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
    void aSecondWithdrawalChangesNothing() {
        ledger.accepted(Accounts.withdrawal("2026-09-20"));

        assertThat(ledger.accepted(Accounts.withdrawal("2026-09-21"))).isEmpty();
    }
}
