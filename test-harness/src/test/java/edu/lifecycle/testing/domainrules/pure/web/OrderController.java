package edu.lifecycle.testing.domainrules.pure.web;

import edu.lifecycle.testing.domainrules.pure.order.Order;

/** Fixture: an adapter may use the domain. */
public final class OrderController {

    public String show(Order order) {
        return order.id();
    }
}
