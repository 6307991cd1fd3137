package edu.lifecycle.testing.domainrules.cycles.order;

import edu.lifecycle.testing.domainrules.cycles.invoice.Invoice;

/** Fixture: a feature that needs another feature's type... */
public record Order(String id, Invoice invoice) {}
