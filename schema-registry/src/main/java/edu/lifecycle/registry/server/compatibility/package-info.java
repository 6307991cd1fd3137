/** Compatibility levels applied with Avro's reader/writer check, explained in Confluent's words. */
package edu.lifecycle.registry.server.compatibility;
