/** The test ledger's edge to Kafka: its topics, aggregate specs, policy and topology. */
package edu.lifecycle.servicekit.ledger.stream;
