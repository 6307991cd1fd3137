package edu.lifecycle.schemas.history;

import org.apache.avro.Schema;

/**
 * One released version of a subject's schema.
 *
 * @param subject the registry subject
 * @param version the version number, from 1
 * @param schema the schema as released
 */
public record ReleasedVersion(String subject, int version, Schema schema) {}
