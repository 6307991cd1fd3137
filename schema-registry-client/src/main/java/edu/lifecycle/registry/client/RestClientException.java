package edu.lifecycle.registry.client;

/**
 * An error answer of the registry: the HTTP status plus the registry's own error code (e.g. 40403 "schema not found").
 * The message reads like Confluent's, {@code "<registry message>; error code: <code>"}, so log searches keep working.
 */
public class RestClientException extends Exception {

    /** Client-side pseudo code used when the error body is not the registry's JSON (e.g. an HTML page from a proxy). */
    public static final int JSON_PARSE_ERROR_CODE = 50005;

    private final int status;
    private final int errorCode;

    public RestClientException(String message, int status, int errorCode) {
        super(message + "; error code: " + errorCode);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int getStatus() {
        return status;
    }

    public int getErrorCode() {
        return errorCode;
    }

    /**
     * True for any HTTP 409: servers up to CP 8.1.1 answer error code 409, from 8.1.2 on 40901, and both mean the schema
     * is incompatible with earlier versions of the subject.
     */
    public boolean isIncompatibleSchema() {
        return status == 409;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    /** The statuses a request may be retried (and failed over) on; every other 4xx is the caller's fault. */
    public boolean isRetriable() {
        return switch (status) {
            case 408, 429, 500, 502, 503, 504 -> true;
            default -> false;
        };
    }
}
