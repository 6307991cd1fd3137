package edu.lifecycle.billing.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A payment as it was received and allocated; {@code credit} is what no line needed. */
public record Payment(
        String reference,
        BigDecimal amount,
        PaymentMethod method,
        Payer payer,
        Instant receivedAt,
        List<Allocation> allocations,
        BigDecimal credit) {

    public Payment {
        allocations = List.copyOf(allocations);
    }
}
