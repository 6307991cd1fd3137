package edu.lifecycle.servicekit.command;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.decision.Rejection;
import edu.lifecycle.servicekit.decision.RejectionKind;
import edu.lifecycle.servicekit.json.KitJson;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

class CommandResponsesTest {

    private static final Instant NOW = Instant.parse("2026-09-01T08:00:00Z");
    private static final URI LOCATION = URI.create("/api/v1/accounts/acc-1");

    @Test
    void acceptedCreationAnswers201WithTheViewAndLocation() {
        var view = KitJson.toTree(Map.of("balance", 0));
        var response = CommandResponses.created(decided(CommandOutcome.accepted("c1", "acc-1", view, NOW)), LOCATION);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getHeaders().getLocation()).isEqualTo(LOCATION);
        assertThat(response.getBody()).isEqualTo(view);
    }

    @Test
    void acceptedChangeAnswers200WithTheView() {
        var view = KitJson.toTree(Map.of("balance", 40));
        var response = CommandResponses.ok(decided(CommandOutcome.accepted("c1", "acc-1", view, NOW)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).isEqualTo(view);
    }

    @Test
    void eachRejectionKindHasItsStatusAndTheProblemNamesTheRule() {
        assertThat(rejectedWith(RejectionKind.CONFLICT).getStatus()).isEqualTo(409);
        assertThat(rejectedWith(RejectionKind.RULE_BROKEN).getStatus()).isEqualTo(422);
        assertThat(rejectedWith(RejectionKind.NOT_FOUND).getStatus()).isEqualTo(404);

        ProblemDetail problem = rejectedWith(RejectionKind.RULE_BROKEN);
        assertThat(problem.getDetail()).isEqualTo("Too much.");
        assertThat(problem.getTitle()).isNotBlank();
        assertThat(problem.getProperties()).containsEntry("rule", "some-rule").containsEntry("commandId", "c1");
    }

    @Test
    void rejectionIsAProblemJsonResponse() {
        var rejection = new Rejection("some-rule", RejectionKind.CONFLICT, "Taken.");
        var response = CommandResponses.ok(decided(CommandOutcome.rejected("c1", "acc-1", rejection, NOW)));

        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void failedCommandAnswers500WithoutDetailsOfTheDefect() {
        var response = CommandResponses.ok(decided(CommandOutcome.failed("c1", "acc-1", NOW)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(((ProblemDetail) response.getBody()).getProperties()).containsEntry("commandId", "c1");
    }

    @Test
    void pendingCommandAnswers202WithWhereToFindItsOutcome() {
        var response = CommandResponses.created(new Submission.Pending("c1"), LOCATION);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(response.getHeaders().getLocation()).hasToString("/api/v1/commands/c1");
        assertThat(response.getBody()).isEqualTo(new PendingCommand("c1", "PENDING", "/api/v1/commands/c1"));
    }

    private static ProblemDetail rejectedWith(RejectionKind kind) {
        var rejection = new Rejection("some-rule", kind, "Too much.");
        return (ProblemDetail) CommandResponses.ok(decided(CommandOutcome.rejected("c1", "acc-1", rejection, NOW)))
                .getBody();
    }

    private static Submission decided(CommandOutcome outcome) {
        return new Submission.Decided(outcome);
    }
}
