/** The append-only log of registry records: a single-partition compacted Kafka topic, or an in-memory list. */
package edu.lifecycle.registry.server.log;
