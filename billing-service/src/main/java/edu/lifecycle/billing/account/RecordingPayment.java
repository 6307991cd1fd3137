package edu.lifecycle.billing.account;

import static edu.lifecycle.billing.account.BillingRules.EMPLOYER_PAYS_TUITION;
import static edu.lifecycle.billing.account.BillingRules.PAYMENT_AMOUNT_IN_CENTS;
import static edu.lifecycle.billing.account.BillingRules.PAYMENT_AMOUNT_POSITIVE;
import static edu.lifecycle.billing.account.BillingRules.PAYMENT_BEFORE_ACCOUNT_OPENED;

import edu.lifecycle.billing.account.AccountCommand.RecordPayment;
import edu.lifecycle.billing.account.AccountEvent.PaymentReceived;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * A payment settles the deposit first, then the oldest due lines; what no line needs is kept as credit. A payment
 * reference seen before is the same payment: it changes nothing. Once an employer pays the tuition, a student's
 * payment is refused rather than counted toward the employer's debt: the money goes back to the student.
 */
final class RecordingPayment {

    private final TuitionCatalog catalog;

    RecordingPayment(TuitionCatalog catalog) {
        this.catalog = catalog;
    }

    Decision<AccountEvent> decide(Account account, RecordPayment command) {
        if (command.amount().signum() <= 0) {
            return Decision.ruleBroken(PAYMENT_AMOUNT_POSITIVE, "A payment must bring a positive amount.");
        }
        if (command.amount().stripTrailingZeros().scale() > Money.SCALE) {
            return Decision.ruleBroken(PAYMENT_AMOUNT_IN_CENTS, "A payment is in euros and cents.");
        }
        if (account.payment(command.reference()).isPresent()) {
            return Decision.accept(List.of());
        }
        var funding = account.funding();
        if (command.payer() == Payer.STUDENT && funding.payer() == Payer.EMPLOYER) {
            return Decision.conflict(
                    EMPLOYER_PAYS_TUITION,
                    (funding.employer() == null
                                    ? "The employer of this apprenticeship pays the tuition"
                                    : funding.employer() + " pays this tuition since the work-study contract")
                            + ": a payment by the student is not recorded; give it back to the student.");
        }
        var receivedOn = catalog.dayOf(command.receivedAt());
        var registeredOn = account.tuition().registeredOn();
        if (registeredOn != null && receivedOn.isBefore(registeredOn)) {
            return Decision.ruleBroken(
                    PAYMENT_BEFORE_ACCOUNT_OPENED,
                    "receivedAt " + command.receivedAt() + " is before the account opened on the registration date "
                            + registeredOn + ".");
        }
        var amount = Money.round(command.amount());
        var allocations = new ArrayList<Allocation>();
        var left = amount;
        for (var line : account.openLinesInPaymentOrder()) {
            if (left.signum() == 0) {
                break;
            }
            var part = left.min(line.outstanding());
            allocations.add(new Allocation(line.lineId(), part));
            left = left.subtract(part);
        }
        var payment = new Payment(
                command.reference(),
                amount,
                command.method(),
                command.payer(),
                command.receivedAt(),
                allocations,
                left);
        return Decision.accept(new PaymentReceived(command.studentId(), command.issuedAt(), payment));
    }
}
