package edu.lifecycle.billing.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Credit paid back by the bursar; its reference identifies it, so the same refund is never recorded twice. */
public record Refund(String reference, BigDecimal amount, Payer payee, Instant refundedAt) {

    public Refund {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(payee, "payee");
        amount = Money.round(amount);
    }
}
