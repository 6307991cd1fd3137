package edu.lifecycle.billing.account;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The money that came in and went back out: each payment as received and allocated, each refund of credit, and what
 * was paid back to the student on a work-study contract.
 *
 * @param reimbursed what was paid back to the student on a work-study contract
 */
public record MoneyMovements(List<Payment> payments, List<Refund> refunds, BigDecimal reimbursed) {

    static final MoneyMovements NONE = new MoneyMovements(List.of(), List.of(), Money.ZERO);

    public MoneyMovements {
        payments = List.copyOf(payments);
        refunds = List.copyOf(refunds);
    }

    /** Everything received, before any reimbursement or refund. */
    public BigDecimal received() {
        return Money.sum(payments.stream().map(Payment::amount).toList());
    }

    public BigDecimal receivedFrom(Payer from) {
        return Money.sum(payments.stream()
                .filter(payment -> payment.payer() == from)
                .map(Payment::amount)
                .toList());
    }

    public BigDecimal refunded() {
        return Money.sum(refunds.stream().map(Refund::amount).toList());
    }

    public BigDecimal refundedTo(Payer payee) {
        return Money.sum(refunds.stream()
                .filter(refund -> refund.payee() == payee)
                .map(Refund::amount)
                .toList());
    }

    public Optional<Payment> payment(String reference) {
        return payments.stream()
                .filter(payment -> payment.reference().equals(reference))
                .findFirst();
    }

    public Optional<Refund> refund(String reference) {
        return refunds.stream()
                .filter(refund -> refund.reference().equals(reference))
                .findFirst();
    }

    MoneyMovements withPayment(Payment payment) {
        var all = new ArrayList<>(payments);
        all.add(payment);
        return new MoneyMovements(all, refunds, reimbursed);
    }

    MoneyMovements withRefund(Refund refund) {
        var all = new ArrayList<>(refunds);
        all.add(refund);
        return new MoneyMovements(payments, all, reimbursed);
    }

    MoneyMovements withReimbursed(BigDecimal amount) {
        return new MoneyMovements(payments, refunds, reimbursed.add(amount));
    }
}
