/**
 * Avro schemas parsed with the versions they reference, the canonical and normalized strings that identify them,
 * and Confluent's test of when two parsed schemas are the same.
 */
package edu.lifecycle.registry.server.avro;
