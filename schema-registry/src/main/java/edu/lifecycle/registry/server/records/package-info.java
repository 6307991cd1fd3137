/** The records of the {@code _schemas} topic and their Confluent-compatible JSON keys and values. */
package edu.lifecycle.registry.server.records;
