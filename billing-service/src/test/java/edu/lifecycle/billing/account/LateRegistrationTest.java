package edu.lifecycle.billing.account;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.account.AccountEvent.InstalmentOverdue;
import edu.lifecycle.billing.account.Accounts.Ledger;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Registered on 2026-12-02, after the reference dates of the first two instalments (2026-10-15 and 11-15). */
class LateRegistrationTest {

    private static final String REGISTERED = "2026-12-02";

    private final Ledger ledger = registeredLate();

    @Test
    void instalmentsDueBeforeTheCatchUpDateFallDueOnTheRegistrationDatePlusTheGracePeriod() {
        assertThat(ledger.account().schedule().lines())
                .extracting(ScheduleLine::lineId, line -> line.dueOn().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("deposit", "2026-12-02"),
                        org.assertj.core.groups.Tuple.tuple("instalment-1", "2026-12-17"),
                        org.assertj.core.groups.Tuple.tuple("instalment-2", "2026-12-17"),
                        org.assertj.core.groups.Tuple.tuple("instalment-3", "2026-12-17"),
                        org.assertj.core.groups.Tuple.tuple("instalment-4", "2027-01-15"),
                        org.assertj.core.groups.Tuple.tuple("instalment-5", "2027-02-15"),
                        org.assertj.core.groups.Tuple.tuple("instalment-6", "2027-03-15"));
        assertThat(ledger.account().owed()).isEqualTo(new BigDecimal("9750.00"));
    }

    @Test
    void nothingIsOverdueOnTheDayOfRegistrationNorBeforeItsOwnDueDatePlusGrace() {
        assertThat(ledger.accepted(Accounts.overdueCheck(REGISTERED))).isEmpty();
        // the deposit, due 12-02, is late from 12-18; the caught-up instalments, due 12-17, from 2027-01-02
        assertThat(ledger.accepted(Accounts.overdueCheck("2026-12-17"))).isEmpty();
        assertThat(ledger.accepted(Accounts.overdueCheck("2026-12-18")))
                .extracting(event -> ((InstalmentOverdue) event).lineId())
                .containsExactly("deposit");
        assertThat(ledger.accepted(Accounts.overdueCheck("2027-01-01"))).isEmpty();
        assertThat(ledger.accepted(Accounts.overdueCheck("2027-01-02")))
                .extracting(event -> ((InstalmentOverdue) event).dueOn())
                .containsOnly(LocalDate.parse("2026-12-17"))
                .hasSize(3);
    }

    @Test
    void paymentOfExactlyTheDepositSettlesTheDeposit() {
        ledger.accepted(Accounts.paymentOn(REGISTERED, "deposit-ref", "1500.00", Payer.STUDENT));

        assertThat(ledger.line("deposit").status()).isEqualTo(LineStatus.PAID);
        assertThat(ledger.line("instalment-1").status()).isEqualTo(LineStatus.DUE);
        assertThat(ledger.line("instalment-1").paid()).isEqualTo(Money.ZERO);
    }

    @Test
    void anyPaymentSettlesTheDepositFirstEvenWhenAnInstalmentIsOlder() {
        // A schedule with an instalment older than the deposit (the explicit dates may say so)
        var ledger = new Ledger(Accounts.catalog());
        ledger.accepted(Accounts.enrollmentOn("2026-10-01", TrainingScheme.INITIAL));
        ledger.accepted(Accounts.overdueCheck("2026-10-01"));

        var payment = ((AccountEvent.PaymentReceived)
                        ledger.accepted(Accounts.paymentOn("2026-10-02", "ref-1", "2000.00", Payer.STUDENT))
                                .get(0))
                .payment();

        assertThat(payment.allocations().get(0)).isEqualTo(new Allocation("deposit", new BigDecimal("1500.00")));
    }

    @Test
    void withdrawingOnRegistrationDayLeavesOnlyTheDepositOwed() {
        ledger.accepted(Accounts.withdrawal(REGISTERED));

        assertThat(ledger.account().owed()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(ledger.account().schedule().lines())
                .filteredOn(line -> line.kind() == LineKind.INSTALMENT)
                .extracting(ScheduleLine::status)
                .containsOnly(LineStatus.CANCELLED);
    }

    @Test
    void withdrawingOnRegistrationDayWithTheDepositPaidSettlesTheAccount() {
        ledger.accepted(Accounts.paymentOn(REGISTERED, "deposit-ref", "1500.00", Payer.STUDENT));

        var events = ledger.accepted(Accounts.withdrawal(REGISTERED));

        assertThat(events).last().isInstanceOf(AccountEvent.TuitionSettled.class);
        assertThat(ledger.account().owed()).isEqualTo(Money.ZERO);
        assertThat(ledger.account().credit()).isEqualTo(Money.ZERO);
    }

    @Test
    void aYearOpenedLaterIsBilledByTheRuleWithoutNewDates() {
        var ledger = new Ledger(Accounts.catalogByRule());

        ledger.accepted(new AccountCommand.OpenAccount(
                Accounts.COMMAND_ID,
                Accounts.STUDENT,
                Accounts.NOW,
                "M2-ISD",
                "2027-2028",
                TrainingScheme.INITIAL,
                LocalDate.parse("2027-09-01")));

        assertThat(ledger.account().schedule().lines())
                .extracting(ScheduleLine::dueOn)
                .extracting(LocalDate::toString)
                .containsExactly(
                        "2027-09-01",
                        "2027-10-15",
                        "2027-11-15",
                        "2027-12-15",
                        "2028-01-15",
                        "2028-02-15",
                        "2028-03-15");
    }

    private static Ledger registeredLate() {
        var ledger = new Ledger(Accounts.catalog());
        ledger.accepted(Accounts.enrollmentOn(REGISTERED, TrainingScheme.INITIAL));
        return ledger;
    }
}
