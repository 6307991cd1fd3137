package edu.lifecycle.servicekit.web;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds RFC 9457 problem bodies and responses the same way everywhere. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** 400 naming each bad field (body path, path variable, query parameter or header) under {@code errors}. */
    public static ProblemDetail invalid(List<FieldProblem> errors) {
        List<String> fields =
                errors.stream().map(FieldProblem::field).distinct().toList();
        var problem = problem(
                HttpStatus.BAD_REQUEST,
                "Invalid request",
                fields.size() == 1
                        ? "Field " + fields.get(0) + " is invalid."
                        : "Fields " + String.join(", ", fields) + " are invalid.");
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ResponseEntity<Object> response(ProblemDetail problem) {
        return response(problem, new HttpHeaders());
    }

    public static ResponseEntity<Object> response(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    public static ResponseEntity<Object> notFound(String detail) {
        return response(problem(HttpStatus.NOT_FOUND, "Not found", detail));
    }

    /** 503 with {@code Retry-After}: the answer exists, just not reachable this moment (e.g. while rebalancing). */
    public static ResponseEntity<Object> unavailable(String detail, Duration retryAfter) {
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        return response(problem(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable", detail), headers);
    }
}
