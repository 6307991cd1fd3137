package edu.lifecycle.testing.domainrules.cycles.invoice;

import edu.lifecycle.testing.domainrules.cycles.order.Order;

/** Fixture: ...while that feature needs the first one's: a cycle the rule must report. */
public record Invoice(String number, Order order) {

    public Invoice {
        if (order != null
                && order.invoice() != null
                && !order.invoice().number().equals(number)) {
            throw new IllegalArgumentException("another order's invoice");
        }
    }
}
