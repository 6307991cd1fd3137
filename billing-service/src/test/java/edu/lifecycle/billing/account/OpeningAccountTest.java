package edu.lifecycle.billing.account;

import static edu.lifecycle.billing.account.Accounts.INSTALMENT_DATES;
import static edu.lifecycle.billing.account.Accounts.REGISTERED_ON;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.account.AccountCommand.OpenAccount;
import edu.lifecycle.billing.account.AccountEvent.TuitionAccountOpened;
import edu.lifecycle.billing.account.Accounts.Ledger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OpeningAccountTest {

    @Test
    void anEnrollmentOpensAnAccountWithTheDepositDueOnRegistrationAndSixEqualInstalments() {
        var ledger = new Ledger(Accounts.catalog());

        var events = ledger.accepted(Accounts.enrollment(TrainingScheme.INITIAL));

        var opened = (TuitionAccountOpened) events.get(0);
        assertThat(events).hasSize(1);
        assertThat(opened.tuitionFee()).isEqualByComparingTo("9750.00");
        assertThat(opened.deposit()).isEqualByComparingTo("1500.00");
        assertThat(opened.payer()).isEqualTo(Payer.STUDENT);
        assertThat(opened.schedule()).hasSize(7);
        assertThat(opened.schedule().get(0).kind()).isEqualTo(LineKind.DEPOSIT);
        assertThat(opened.schedule().get(0).dueOn()).isEqualTo(REGISTERED_ON);
        assertThat(opened.schedule().subList(1, 7))
                .extracting(ScheduleLine::amount)
                .allSatisfy(amount -> assertThat(amount).isEqualTo(new BigDecimal("1375.00")));
        assertThat(opened.schedule().subList(1, 7))
                .extracting(ScheduleLine::dueOn)
                .containsExactlyElementsOf(INSTALMENT_DATES);
        assertThat(ledger.account().owed()).isEqualTo(new BigDecimal("9750.00"));
    }

    @Test
    void anApprenticesEmployerPays() {
        var ledger = Ledger.opened(TrainingScheme.APPRENTICESHIP);

        assertThat(ledger.account().funding().payer()).isEqualTo(Payer.EMPLOYER);
    }

    @Test
    void whenTheSplitIsNotExactTheLastInstalmentTakesTheRemainder() {
        var ledger = new Ledger(Accounts.catalog(Money.of("10000.00")));

        ledger.accepted(Accounts.enrollment(TrainingScheme.INITIAL));

        // 8,500.00 / 6 = 1,416.666…: five of 1,416.67 (half-up) and the last 1,416.65.
        assertThat(ledger.account().schedule().lines().subList(1, 6))
                .extracting(ScheduleLine::amount)
                .allSatisfy(amount -> assertThat(amount).isEqualTo(new BigDecimal("1416.67")));
        assertThat(ledger.line("instalment-6").amount()).isEqualTo(new BigDecimal("1416.65"));
        assertThat(ledger.account().owed()).isEqualTo(new BigDecimal("10000.00"));
    }

    @Test
    void aProgrammeWithoutTuitionTermsCannotBeBilled() {
        var ledger = new Ledger(Accounts.catalog());

        var rule = ledger.refusal(new OpenAccount(
                Accounts.COMMAND_ID,
                Accounts.STUDENT,
                Accounts.NOW,
                "M2-XYZ",
                Accounts.YEAR,
                TrainingScheme.INITIAL,
                REGISTERED_ON));

        assertThat(rule).isEqualTo(BillingRules.PROGRAMME_NOT_BILLED);
    }

    @Test
    void aYearWithoutInstalmentDatesCannotBeBilled() {
        var ledger = new Ledger(Accounts.catalog());

        var rule = ledger.refusal(new OpenAccount(
                Accounts.COMMAND_ID,
                Accounts.STUDENT,
                Accounts.NOW,
                "M2-ISD",
                "2030-2031",
                TrainingScheme.INITIAL,
                REGISTERED_ON));

        assertThat(rule).isEqualTo(BillingRules.INSTALMENT_DATES_UNKNOWN);
    }

    @Test
    void anAccountOpensOnlyOnce() {
        var ledger = Ledger.opened();

        assertThat(ledger.refusal(Accounts.enrollment(TrainingScheme.INITIAL)))
                .isEqualTo(BillingRules.ACCOUNT_ALREADY_OPEN);
    }

    @Test
    void noCommandReachesAnAccountThatNeverOpened() {
        var ledger = new Ledger(Accounts.catalog());

        assertThat(ledger.refusal(Accounts.payment("ref-1", "100.00"))).isEqualTo(BillingRules.ACCOUNT_NOT_FOUND);
    }
}
