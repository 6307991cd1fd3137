package edu.lifecycle.registry.server.subjects;

import org.apache.avro.Schema;

/**
 * A schema sent by a client, parsed.
 *
 * @param avro the parsed schema, for compatibility checks
 * @param text the form it is stored, matched and identified under
 */
record Candidate(Schema avro, String text) {}
