package edu.lifecycle.billing.account;

import static edu.lifecycle.billing.account.BillingRules.PAYMENT_AMOUNT_IN_CENTS;
import static edu.lifecycle.billing.account.BillingRules.PAYMENT_AMOUNT_POSITIVE;

import edu.lifecycle.billing.account.AccountCommand.RecordPayment;
import edu.lifecycle.billing.account.AccountEvent.PaymentReceived;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * A payment settles the oldest due lines first; what no line needs is kept as credit. A payment reference seen
 * before is the same payment: it changes nothing.
 */
final class RecordingPayment {

    private RecordingPayment() {}

    static Decision<AccountEvent> decide(Account account, RecordPayment command) {
        if (command.amount().signum() <= 0) {
            return Decision.ruleBroken(PAYMENT_AMOUNT_POSITIVE, "A payment must bring a positive amount.");
        }
        if (command.amount().stripTrailingZeros().scale() > Money.SCALE) {
            return Decision.ruleBroken(PAYMENT_AMOUNT_IN_CENTS, "A payment is in euros and cents.");
        }
        if (account.payment(command.reference()).isPresent()) {
            return Decision.accept(List.of());
        }
        var amount = Money.round(command.amount());
        var allocations = new ArrayList<Allocation>();
        var left = amount;
        for (var line : account.openLinesOldestFirst()) {
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
