package edu.lifecycle.registry.server.avro;

/** The text is not an Avro schema; the message carries Avro's reason. */
public final class InvalidSchemaException extends RuntimeException {

    public InvalidSchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
