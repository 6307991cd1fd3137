package edu.lifecycle.console.services;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** A call to a service already on its way: {@link #answer()} waits for what it answered. */
public final class PendingAnswer {

    private final CompletableFuture<ApiAnswer> answer;

    PendingAnswer(CompletableFuture<ApiAnswer> answer) {
        this.answer = answer;
    }

    /**
     * What the service answered. The call itself has time-outs and turns a service that does not answer into a 503
     * answer, so this waits at most as long as they allow; what it could not answer for (e.g. a sign-in that must be
     * renewed) is thrown here as it would have been on the page's own thread.
     */
    public ApiAnswer answer() {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
