package edu.lifecycle.registry.server;

/** The registry could not start: its port is taken, or the schema log is unusable. The message says which. */
public final class RegistryStartupException extends RuntimeException {

    public RegistryStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
