package edu.lifecycle.registry.server.http;

/** A failure the client sees as an HTTP status and a Confluent {@code error_code}; build one with {@link Errors}. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final int errorCode;

    ApiException(int status, int errorCode, String message) {
        super(message, null, false, false);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    public int errorCode() {
        return errorCode;
    }

    Response toResponse() {
        return new Response(status, new ErrorBody(errorCode, getMessage()));
    }
}
