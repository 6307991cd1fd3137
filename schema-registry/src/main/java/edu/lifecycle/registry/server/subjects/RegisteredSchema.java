package edu.lifecycle.registry.server.subjects;

/** The answer to a registration, as Confluent 7.7+ gives it (older clients read only {@code id}). */
record RegisteredSchema(int id, int version, String guid, String schemaType, String schema) {}
