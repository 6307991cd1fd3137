package edu.lifecycle.testing.domainrules.adapters.web;

/** Fixture: an adapter type of the service. */
public record OrderForm(String id) {}
