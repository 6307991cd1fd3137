package edu.lifecycle.billing.account;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.account.AccountEvent.InstalmentOverdue;
import edu.lifecycle.billing.account.Accounts.Ledger;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MarkingOverdueTest {

    private final Ledger ledger = Ledger.opened();

    @Test
    void aLineIsNotOverdueWithinItsGracePeriod() {
        ledger.accepted(Accounts.payment("deposit-ref", "1500.00"));

        // instalment-1 is due 2026-10-15; with 15 days' grace it is overdue from 2026-10-31.
        assertThat(ledger.accepted(Accounts.overdueCheck("2026-10-30"))).isEmpty();
    }

    @Test
    void anUnpaidLineBecomesOverdueAfterItsDueDateAndGracePeriodExactlyOnce() {
        ledger.accepted(Accounts.payment("deposit-ref", "1500.00"));

        var events = ledger.accepted(Accounts.overdueCheck("2026-10-31"));

        assertThat(events).singleElement().isInstanceOfSatisfying(InstalmentOverdue.class, overdue -> {
            assertThat(overdue.lineId()).isEqualTo("instalment-1");
            assertThat(overdue.amountOutstanding()).isEqualTo(new BigDecimal("1375.00"));
            assertThat(overdue.dueOn()).isEqualTo(LocalDate.parse("2026-10-15"));
        });
        assertThat(ledger.line("instalment-1").status()).isEqualTo(LineStatus.OVERDUE);
        assertThat(ledger.accepted(Accounts.overdueCheck("2026-11-01"))).isEmpty();
    }

    @Test
    void aPaidLineNeverBecomesOverdue() {
        ledger.accepted(Accounts.payment("ref-1", "2875.00"));

        assertThat(ledger.accepted(Accounts.overdueCheck("2026-11-20"))).isEmpty();
    }

    @Test
    void aPartlyPaidLineIsOverdueForWhatIsLeft() {
        ledger.accepted(Accounts.payment("ref-1", "2000.00"));

        var events = ledger.accepted(Accounts.overdueCheck("2026-11-01"));

        assertThat(((InstalmentOverdue) events.get(0)).amountOutstanding()).isEqualTo(new BigDecimal("875.00"));
    }

    @Test
    void payingAnOverdueLineMarksItPaid() {
        ledger.accepted(Accounts.payment("deposit-ref", "1500.00"));
        ledger.accepted(Accounts.overdueCheck("2026-11-01"));

        ledger.accepted(Accounts.payment("late-ref", "1375.00"));

        assertThat(ledger.line("instalment-1").status()).isEqualTo(LineStatus.PAID);
    }
}
