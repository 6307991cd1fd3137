package edu.lifecycle.billing.account;

import static edu.lifecycle.billing.account.BillingRules.REFUND_AMOUNT_IN_CENTS;
import static edu.lifecycle.billing.account.BillingRules.REFUND_AMOUNT_POSITIVE;
import static edu.lifecycle.billing.account.BillingRules.REFUND_EXCEEDS_CREDIT;

import edu.lifecycle.billing.account.AccountCommand.RefundCredit;
import edu.lifecycle.billing.account.AccountEvent.CreditRefunded;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.List;

/**
 * A bursar pays a credit back to whoever paid it. Only credit can be refunded: money a line holds is the school's,
 * and credit is always applied to lines still owed before it can be refunded. A refund reference seen before is the
 * same refund.
 */
final class RefundingCredit {

    private RefundingCredit() {}

    static Decision<AccountEvent> decide(Account account, RefundCredit command) {
        if (command.amount().signum() <= 0) {
            return Decision.ruleBroken(REFUND_AMOUNT_POSITIVE, "A refund must pay back a positive amount.");
        }
        if (command.amount().stripTrailingZeros().scale() > Money.SCALE) {
            return Decision.ruleBroken(REFUND_AMOUNT_IN_CENTS, "A refund is in euros and cents.");
        }
        if (account.refund(command.reference()).isPresent()) {
            return Decision.accept(List.of());
        }
        var credit = account.creditOf(command.payee());
        if (command.amount().compareTo(credit) > 0) {
            return Decision.ruleBroken(
                    REFUND_EXCEEDS_CREDIT,
                    "The " + command.payee().name().toLowerCase() + "'s credit is " + credit + "; " + command.amount()
                            + " cannot be refunded.");
        }
        return Decision.accept(new CreditRefunded(
                command.studentId(),
                command.issuedAt(),
                command.reference(),
                Money.round(command.amount()),
                command.payee(),
                command.staffId()));
    }
}
