package edu.lifecycle.servicekit.config;

import java.util.Collection;

/** Marks that the topics exist; what reads or writes them depends on it. */
record ProvisionedTopics(Collection<String> names) {}
