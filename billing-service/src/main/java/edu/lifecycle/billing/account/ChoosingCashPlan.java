package edu.lifecycle.billing.account;

import static edu.lifecycle.billing.account.BillingRules.ACCOUNT_WITHDRAWN;
import static edu.lifecycle.billing.account.BillingRules.CASH_PLAN_AFTER_INSTALMENT_PAID;
import static edu.lifecycle.billing.account.BillingRules.CASH_PLAN_ALREADY_CHOSEN;
import static edu.lifecycle.billing.account.BillingRules.CASH_PLAN_FOR_STUDENT_PAYERS;

import edu.lifecycle.billing.account.AccountCommand.ChooseCashPlan;
import edu.lifecycle.billing.account.AccountEvent.CashPlanChosen;
import edu.lifecycle.servicekit.decision.Decision;

/**
 * The cash plan: until the student has paid something on an instalment line (paying the deposit does not close it),
 * the whole tuition at the discounted price, less what was already paid, falls due at once in one line that replaces
 * every open line. It is a student's choice: an employer pays on the schedule.
 */
final class ChoosingCashPlan {

    static final String CASH_LINE = "cash";

    private final TuitionCatalog catalog;

    ChoosingCashPlan(TuitionCatalog catalog) {
        this.catalog = catalog;
    }

    Decision<AccountEvent> decide(Account account, ChooseCashPlan command) {
        if (account.closing().withdrawn()) {
            return Decision.conflict(ACCOUNT_WITHDRAWN, "The student withdrew; no plan can be chosen.");
        }
        if (account.funding().payer() == Payer.EMPLOYER) {
            return Decision.conflict(
                    CASH_PLAN_FOR_STUDENT_PAYERS, "The employer pays this tuition on the schedule; no cash plan.");
        }
        if (account.onCashPlan()) {
            return Decision.conflict(CASH_PLAN_ALREADY_CHOSEN, "The cash plan was already chosen.");
        }
        boolean instalmentPaid = account.schedule().lines().stream()
                .anyMatch(line ->
                        line.kind() == LineKind.INSTALMENT && line.paid().signum() > 0);
        if (instalmentPaid) {
            return Decision.conflict(
                    CASH_PLAN_AFTER_INSTALMENT_PAID,
                    "An instalment was already paid: the cash plan is no longer open.");
        }
        var terms = catalog.terms(account.tuition().programme()).orElseThrow();
        var cashPrice = terms.cashPrice();
        var alreadyPaid = Money.sum(
                account.schedule().lines().stream().map(ScheduleLine::paid).toList());
        var replaced = account.openLinesInPaymentOrder().stream()
                .map(ScheduleLine::lineId)
                .toList();
        return Decision.accept(new CashPlanChosen(
                account.studentId(),
                command.issuedAt(),
                CASH_LINE,
                replaced,
                account.tuition().fee().subtract(cashPrice),
                Money.max(cashPrice.subtract(alreadyPaid), Money.ZERO),
                catalog.dayOf(command.issuedAt())));
    }
}
