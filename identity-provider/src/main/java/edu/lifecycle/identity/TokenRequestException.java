package edu.lifecycle.identity;

/** The provider refused a token request, or a sign-in step did not go as a browser's would. */
public final class TokenRequestException extends RuntimeException {
    private final int status;

    TokenRequestException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status of the refusing answer (401 for a wrong client secret). */
    public int status() {
        return status;
    }
}
