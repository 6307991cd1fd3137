package edu.lifecycle.billing.web;

import edu.lifecycle.servicekit.web.FieldProblem;
import edu.lifecycle.servicekit.web.Problems;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A 400 problem naming the one field at fault, as the kit answers for a malformed body. */
public final class BadRequests {

    private BadRequests() {}

    public static ErrorResponseException field(String field, String message) {
        var problem = Problems.problem(HttpStatus.BAD_REQUEST, "Invalid request", "Field " + field + " is invalid.");
        problem.setProperty("errors", List.of(new FieldProblem(field, message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
