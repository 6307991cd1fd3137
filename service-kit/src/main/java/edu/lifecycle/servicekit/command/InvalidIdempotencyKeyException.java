package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.web.FieldProblem;
import edu.lifecycle.servicekit.web.Identifiers;
import edu.lifecycle.servicekit.web.Problems;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An {@code Idempotency-Key} header the kit cannot use as a command id: answered 400. */
public final class InvalidIdempotencyKeyException extends ErrorResponseException {

    static final String RULE = Identifiers.RULE;

    public InvalidIdempotencyKeyException() {
        super(HttpStatus.BAD_REQUEST, problem(), null);
    }

    private static ProblemDetail problem() {
        var problem = Problems.problem(
                HttpStatus.BAD_REQUEST, "Invalid request", "Header Idempotency-Key must be " + RULE + ".");
        problem.setProperty("errors", List.of(new FieldProblem(CommandIds.IDEMPOTENCY_KEY_HEADER, "must be " + RULE)));
        return problem;
    }
}
