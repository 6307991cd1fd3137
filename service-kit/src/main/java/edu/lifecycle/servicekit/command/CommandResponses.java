package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.decision.Rejection;
import edu.lifecycle.servicekit.web.Problems;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The HTTP answer to a submitted command: the aggregate's view (201 or 200), a problem naming the rule that refused
 * it (409, 422 or 404), or 202 with the URL where its outcome will appear.
 */
public final class CommandResponses {

    private CommandResponses() {}

    /** For a command that creates something found at {@code location}. */
    public static ResponseEntity<Object> created(Submission submission, URI location) {
        return respond(submission, HttpStatus.CREATED, location);
    }

    /** For a command that changes something that exists. */
    public static ResponseEntity<Object> ok(Submission submission) {
        return respond(submission, HttpStatus.OK, null);
    }

    private static ResponseEntity<Object> respond(Submission submission, HttpStatus success, URI location) {
        if (submission instanceof Submission.Decided decided) {
            return decided(decided.outcome(), success, location);
        }
        String commandId = submission.commandId();
        return ResponseEntity.accepted()
                .location(URI.create(CommandStatusController.location(commandId)))
                .body(PendingCommand.of(commandId));
    }

    private static ResponseEntity<Object> decided(CommandOutcome outcome, HttpStatus success, URI location) {
        return switch (outcome.status()) {
            case ACCEPTED -> {
                var response = ResponseEntity.status(success);
                if (location != null) {
                    response.location(location);
                }
                yield response.body(outcome.view() != null ? outcome.view() : outcome);
            }
            case REJECTED -> Problems.response(rejectionProblem(outcome.commandId(), outcome.rejection()));
            case FAILED -> Problems.response(failureProblem(outcome.commandId()));
        };
    }

    /** A rejection as a problem: the status from its kind, the rule and the command id as properties. */
    public static ProblemDetail rejectionProblem(String commandId, Rejection rejection) {
        HttpStatus status = switch (rejection.kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_BROKEN -> HttpStatus.UNPROCESSABLE_CONTENT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        String title = switch (rejection.kind()) {
            case CONFLICT -> "Conflicts with the current state";
            case RULE_BROKEN -> "Breaks a business rule";
            case NOT_FOUND -> "Refers to something that does not exist";
        };
        var problem = Problems.problem(status, title, rejection.detail());
        problem.setProperty("rule", rejection.rule());
        problem.setProperty("commandId", commandId);
        return problem;
    }

    private static ProblemDetail failureProblem(String commandId) {
        var problem = Problems.problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Command could not be applied",
                "The command could not be applied because of an internal error and was set aside for investigation.");
        problem.setProperty("commandId", commandId);
        return problem;
    }
}
