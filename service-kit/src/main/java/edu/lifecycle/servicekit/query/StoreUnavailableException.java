package edu.lifecycle.servicekit.query;

import edu.lifecycle.servicekit.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A store cannot answer right now: Streams is starting or rebalancing, or the owning instance does not answer.
 * Answered 503 with {@code Retry-After}, never 500: the data exists and will be back in a moment.
 */
public final class StoreUnavailableException extends ErrorResponseException {

    private static final String RETRY_AFTER_SECONDS = "1";

    public StoreUnavailableException(String detail) {
        this(detail, null);
    }

    public StoreUnavailableException(String detail, Throwable cause) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable", detail),
                cause);
        getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
}
