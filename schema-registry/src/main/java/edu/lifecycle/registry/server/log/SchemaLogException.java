package edu.lifecycle.registry.server.log;

/** The schema log could not be read or written; the registry answers such failures with a 50001 or 50002. */
public final class SchemaLogException extends RuntimeException {

    private final boolean timeout;

    public SchemaLogException(String message, boolean timeout, Throwable cause) {
        super(message, cause);
        this.timeout = timeout;
    }

    /** Whether the operation did not finish in time, rather than failed. */
    public boolean timeout() {
        return timeout;
    }
}
