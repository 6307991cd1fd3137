package edu.lifecycle.registry.serde;

import edu.lifecycle.registry.client.RestClientException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.DisconnectException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.ThrottlingQuotaExceededException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Turns registry failures into the Kafka exceptions Confluent's serdes throw. Producers and Streams treat the
 * retriable ones (timeouts, throttling, disconnects) differently from a plain SerializationException, so the mapping
 * decides whether a record is retried or the application stops.
 */
final class RegistryErrors {

    private RegistryErrors() {}

    static KafkaException toKafkaException(RestClientException e, String message) {
        return switch (e.getStatus()) {
            case 401 -> new AuthenticationException(message, e);
            case 403 -> new AuthorizationException(message, e);
            case 429 -> withCause(new ThrottlingQuotaExceededException(message), e);
            case 408, 500, 503, 504 -> new TimeoutException(message, e);
            case 502 -> new DisconnectException(message, e);
            default -> new SerializationException(message, e);
        };
    }

    /** Timeouts stay retriable, as Confluent's socket timeouts (InterruptedIOExceptions) are. */
    static KafkaException toKafkaException(IOException e, String message) {
        return e instanceof InterruptedIOException || e instanceof HttpTimeoutException
                ? new TimeoutException(message, e)
                : new SerializationException(message, e);
    }

    private static KafkaException withCause(KafkaException exception, Throwable cause) {
        exception.initCause(cause);
        return exception;
    }
}
