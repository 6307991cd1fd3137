package edu.lifecycle.registry.server.records;

/** A {@code _schemas} record whose key or value is not the JSON this registry (or Confluent's) writes. */
public final class MalformedRecordException extends RuntimeException {

    public MalformedRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
