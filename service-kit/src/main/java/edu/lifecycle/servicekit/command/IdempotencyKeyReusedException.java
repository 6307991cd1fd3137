package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An {@code Idempotency-Key} already used for another request (another body, another resource or another endpoint):
 * answered 422, as the IETF httpapi Idempotency-Key draft specifies. Nothing is sent.
 */
public final class IdempotencyKeyReusedException extends ErrorResponseException {

    public static final String RULE = "idempotency-key-reused";

    public IdempotencyKeyReusedException(String commandId) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(commandId), null);
    }

    private static ProblemDetail problem(String commandId) {
        var problem = Problems.problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "Idempotency-Key reused",
                "Idempotency-Key " + commandId + " was already used for a different request; use a new key for a "
                        + "new request, or repeat the first request unchanged to get its outcome.");
        problem.setProperty("rule", RULE);
        problem.setProperty("commandId", commandId);
        return problem;
    }
}
