package edu.lifecycle.billing.account;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.account.AccountEvent.CashPlanChosen;
import edu.lifecycle.billing.account.Accounts.Ledger;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChoosingCashPlanTest {

    @Test
    void theCashPlanMakesTheDiscountedTuitionDueAtOnce() {
        var ledger = Ledger.opened();

        var chosen = (CashPlanChosen) ledger.accepted(Accounts.cashPlan()).get(0);

        assertThat(chosen.amountDue()).isEqualTo(new BigDecimal("9262.50"));
        assertThat(chosen.discount()).isEqualTo(new BigDecimal("487.50"));
        assertThat(chosen.dueOn()).isEqualTo(LocalDate.parse("2026-09-01"));
        assertThat(chosen.replacedLineIds()).hasSize(7);
        assertThat(ledger.account().owed()).isEqualTo(new BigDecimal("9262.50"));
        assertThat(ledger.line("instalment-3").status()).isEqualTo(LineStatus.REPLACED);
    }

    @Test
    void payingOnlyTheDepositLeavesTheCashPlanOpenAtTheDiscountedTuitionLessTheDeposit() {
        var ledger = Ledger.opened();
        ledger.accepted(Accounts.payment("deposit-ref", "1500.00"));

        var chosen = (CashPlanChosen) ledger.accepted(Accounts.cashPlan()).get(0);

        assertThat(chosen.amountDue()).isEqualTo(new BigDecimal("7762.50"));
        assertThat(ledger.account().owed()).isEqualTo(new BigDecimal("7762.50"));
    }

    @Test
    void aLateRegistrantWhoPaidExactlyTheDepositMayStillChooseTheCashPlan() {
        // Registered 2026-12-02, after two reference dates: the deposit payment stays on the deposit.
        var ledger = new Ledger(Accounts.catalog());
        ledger.accepted(Accounts.enrollmentOn("2026-12-02", TrainingScheme.INITIAL));
        ledger.accepted(Accounts.paymentOn("2026-12-02", "deposit-ref", "1500.00", Payer.STUDENT));

        var chosen = (CashPlanChosen) ledger.accepted(Accounts.cashPlan()).get(0);

        assertThat(chosen.amountDue()).isEqualTo(new BigDecimal("7762.50"));
    }

    @Test
    void theEmployerPaysOnTheScheduleSoAnApprenticeHasNoCashPlan() {
        var ledger = Ledger.opened(TrainingScheme.APPRENTICESHIP);

        assertThat(ledger.refusal(Accounts.cashPlan())).isEqualTo(BillingRules.CASH_PLAN_FOR_STUDENT_PAYERS);
    }

    @Test
    void whatWasAlreadyPaidIsDeducted() {
        var ledger = Ledger.opened();
        ledger.accepted(Accounts.payment("deposit-ref", "1500.00"));

        var chosen = (CashPlanChosen) ledger.accepted(Accounts.cashPlan()).get(0);

        assertThat(chosen.amountDue()).isEqualTo(new BigDecimal("7762.50"));
        assertThat(chosen.replacedLineIds()).doesNotContain("deposit");
        assertThat(ledger.line("deposit").status()).isEqualTo(LineStatus.PAID);
    }

    @Test
    void theDiscountedPriceIsRoundedToTheCentHalfUp() {
        // 9,750.10 × 0.95 = 9,262.595 → 9,262.60
        var ledger = new Ledger(Accounts.catalog(Money.of("9750.10")));
        ledger.accepted(Accounts.enrollment(TrainingScheme.INITIAL));

        var chosen = (CashPlanChosen) ledger.accepted(Accounts.cashPlan()).get(0);

        assertThat(chosen.amountDue()).isEqualTo(new BigDecimal("9262.60"));
        assertThat(chosen.discount()).isEqualTo(new BigDecimal("487.50"));
    }

    @Test
    void theCashPlanIsRefusedOnceAnInstalmentWasPaid() {
        var ledger = Ledger.opened();
        ledger.accepted(Accounts.payment("ref-1", "1600.00"));

        assertThat(ledger.refusal(Accounts.cashPlan())).isEqualTo(BillingRules.CASH_PLAN_AFTER_INSTALMENT_PAID);
    }

    @Test
    void theCashPlanIsChosenOnlyOnce() {
        var ledger = Ledger.opened();
        ledger.accepted(Accounts.cashPlan());

        assertThat(ledger.refusal(Accounts.cashPlan())).isEqualTo(BillingRules.CASH_PLAN_ALREADY_CHOSEN);
    }

    @Test
    void aWithdrawnStudentCannotChooseTheCashPlan() {
        var ledger = Ledger.opened();
        ledger.accepted(Accounts.withdrawal("2026-09-20"));

        assertThat(ledger.refusal(Accounts.cashPlan())).isEqualTo(BillingRules.ACCOUNT_WITHDRAWN);
    }

    @Test
    void payingTheCashLineSettlesTheTuition() {
        var ledger = Ledger.opened();
        ledger.accepted(Accounts.cashPlan());

        var events = ledger.accepted(Accounts.payment("cash-ref", "9262.50"));

        assertThat(events)
                .hasExactlyElementsOfTypes(AccountEvent.PaymentReceived.class, AccountEvent.TuitionSettled.class);
        assertThat(((AccountEvent.TuitionSettled) events.get(1)).totalPaid()).isEqualTo(new BigDecimal("9262.50"));
    }
}
