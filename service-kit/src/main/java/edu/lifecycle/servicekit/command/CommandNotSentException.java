package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Kafka refused the command (broker unreachable, topic missing): nothing happened, the client may retry. */
public final class CommandNotSentException extends ErrorResponseException {

    public CommandNotSentException(String commandId, Throwable cause) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                Problems.problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Temporarily unavailable",
                        "The command could not be sent; retry with the same Idempotency-Key."),
                cause);
        getBody().setProperty("commandId", commandId);
        getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
    }
}
