/** Parsing Avro schemas into the canonical and normalized strings that identify them. */
package edu.lifecycle.registry.server.avro;
