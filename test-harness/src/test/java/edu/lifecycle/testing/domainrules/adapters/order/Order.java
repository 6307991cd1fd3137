package edu.lifecycle.testing.domainrules.adapters.order;

import edu.lifecycle.testing.domainrules.adapters.web.OrderForm;

/** Fixture: a domain class that reaches into its own service's web adapter, which the rule must report. */
public record Order(String id) {

    public static Order from(OrderForm form) {
        return new Order(form.id());
    }
}
