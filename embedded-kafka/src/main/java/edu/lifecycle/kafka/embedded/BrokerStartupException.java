package edu.lifecycle.kafka.embedded;

/** The embedded broker could not start; the message says why (port taken, unreadable data folder, …). */
public class BrokerStartupException extends RuntimeException {

    public BrokerStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
