package edu.lifecycle.billing.account;

import java.math.BigDecimal;
import java.util.Objects;

/** The part of a payment that went to one schedule line. */
public record Allocation(String lineId, BigDecimal amount) {

    public Allocation {
        Objects.requireNonNull(lineId, "lineId");
        amount = Money.round(amount);
    }
}
