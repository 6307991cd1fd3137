package edu.lifecycle.billing.account;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.account.AccountEvent.EmployerInvoiced;
import edu.lifecycle.billing.account.Accounts.Ledger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An apprentice's account opens before the work-study contract names the employer. */
class EmployerToBeConfirmedTest {

    private final Ledger ledger = Ledger.opened(TrainingScheme.APPRENTICESHIP);

    @Test
    void theEmployerIsToBeConfirmedAndNothingBecomesOverdueAgainstNobody() {
        assertThat(ledger.account().awaitingEmployer()).isTrue();

        assertThat(ledger.accepted(Accounts.overdueCheck("2027-06-01"))).isEmpty();
        assertThat(ledger.account().schedule().lines()).noneMatch(ScheduleLine::overdue);
    }

    @Test
    void theContractNamesTheEmployerWhoIsInvoicedAndLateOnlyAGracePeriodAfterTheInvoice() {
        var events = ledger.accepted(Accounts.workStudyContractOn("2026-11-20", "contract-1", "Airbus"));

        assertThat(events).singleElement().isInstanceOfSatisfying(EmployerInvoiced.class, invoiced -> {
            assertThat(invoiced.employer()).isEqualTo("Airbus");
            assertThat(invoiced.amount()).isEqualTo(new BigDecimal("9750.00"));
        });
        assertThat(ledger.account().awaitingEmployer()).isFalse();
        assertThat(ledger.accepted(Accounts.overdueCheck("2026-12-05"))).isEmpty();
        assertThat(ledger.accepted(Accounts.overdueCheck("2026-12-06")))
                .extracting(event -> ((AccountEvent.InstalmentOverdue) event).lineId())
                .containsExactly("deposit", "instalment-1", "instalment-2");
    }

    @Test
    void whatTheEmployerPaidBeforeTheContractIsDeductedFromTheInvoice() {
        ledger.accepted(Accounts.payment("employer-ref", "1500.00", Payer.EMPLOYER));

        var events = ledger.accepted(Accounts.workStudyContract("contract-1"));

        assertThat(((EmployerInvoiced) events.get(0)).amount()).isEqualTo(new BigDecimal("8250.00"));
    }

    @Test
    void anEmployerWhoPaidEverythingBeforeTheContractIsStillNamedByIt() {
        ledger.accepted(Accounts.payment("employer-ref", "9750.00", Payer.EMPLOYER));

        var events = ledger.accepted(Accounts.workStudyContract("contract-1"));

        assertThat(((EmployerInvoiced) events.get(0)).amount()).isEqualTo(Money.ZERO);
        assertThat(ledger.account().funding().employer()).isEqualTo("Thales");
    }
}
