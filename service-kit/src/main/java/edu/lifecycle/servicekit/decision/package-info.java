/**
 * What a pure {@code decide(state, command)} function answers: events to append, or a rejection naming the rule.
 * Plain Java, so service domains may use it without depending on Spring, Kafka or Avro.
 */
package edu.lifecycle.servicekit.decision;
