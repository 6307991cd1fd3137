package edu.lifecycle.testing.domainrules.pure.order;

import java.util.List;

/** Fixture: a domain class that uses nothing but Java. */
public record Order(String id, List<String> lines) {}
