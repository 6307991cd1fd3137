package edu.lifecycle.admissions.application.web;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.application.stream.AdmissionDecisionCommandIds;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.command.OutcomeStore;
import edu.lifecycle.servicekit.command.PendingCommand;
import edu.lifecycle.servicekit.command.PendingOutcomes;
import edu.lifecycle.servicekit.command.RecentOutcomes;
import edu.lifecycle.servicekit.command.Submission;
import edu.lifecycle.servicekit.decision.Rejection;
import edu.lifecycle.servicekit.decision.RejectionKind;
import edu.lifecycle.servicekit.json.KitJson;
import edu.lifecycle.servicekit.query.InstanceForwarder;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.JsonNode;

/**
 * The answer to a decision request, with the outcomes arriving as the kit's outcome listener delivers them: the
 * jury's request is accepted at once (AWAITING_DECISION), the intake's placement and the final decision follow.
 */
class AwaitingFinalDecisionTest {

    private static final Instant AT = Instant.parse("2026-06-15T09:00:00Z");
    private static final String REQUEST = "jury-req-1";
    private static final String PLACEMENT = AdmissionDecisionCommandIds.placement(REQUEST);
    private static final String FINAL_DECISION = AdmissionDecisionCommandIds.finalDecision(PLACEMENT);

    private final PendingOutcomes pending = new PendingOutcomes();
    private final RecentOutcomes recent = new RecentOutcomes(100);
    private final AwaitingFinalDecision answers;

    AwaitingFinalDecisionTest() {
        var self = new ThisInstance("localhost", () -> 8080);
        // No store can answer: only outcomes read by the listener are known, as right after start-up.
        var outcomes = new OutcomeStore(
                recent,
                new StoreQueries(store -> Optional.empty(), self),
                new InstanceForwarder(self, Duration.ofSeconds(1)));
        answers = new AwaitingFinalDecision(pending, outcomes, Duration.ofSeconds(2));
    }

    @Test
    void answersWithTheFinalDecisionOnceTheIntakeHasTakenIt() throws Exception {
        var listener = CompletableFuture.runAsync(
                () -> {
                    delivered(CommandOutcome.accepted(PLACEMENT, "M2-ISD/2026-2027", null, AT));
                    delivered(CommandOutcome.accepted(FINAL_DECISION, "stu-1", application("ADMITTED"), AT));
                },
                CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS));

        var answer = answers.answer(requestAccepted(), System.nanoTime());

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(((JsonNode) answer.getBody()).get("status").asText()).isEqualTo("ADMITTED");
        listener.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aRepeatedRequestIsAnsweredWithTheDecisionAlreadyTaken() {
        delivered(CommandOutcome.accepted(PLACEMENT, "M2-ISD/2026-2027", null, AT));
        delivered(CommandOutcome.accepted(FINAL_DECISION, "stu-1", application("WAITLISTED"), AT));

        var answer = answers.answer(requestAccepted(), System.nanoTime());

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(((JsonNode) answer.getBody()).get("status").asText()).isEqualTo("WAITLISTED");
    }

    @Test
    void whileTheDecisionIsStillBeingTakenAnswers202WithTheLocationOfItsOutcome() {
        delivered(CommandOutcome.accepted(PLACEMENT, "M2-ISD/2026-2027", null, AT));
        var quick = new AwaitingFinalDecision(
                pending,
                new OutcomeStore(
                        recent,
                        new StoreQueries(store -> Optional.empty(), new ThisInstance("localhost", () -> 8080)),
                        new InstanceForwarder(new ThisInstance("localhost", () -> 8080), Duration.ofSeconds(1))),
                Duration.ofMillis(300));

        var answer = quick.answer(requestAccepted(), System.nanoTime());

        assertThat(answer.getStatusCode().value()).isEqualTo(202);
        assertThat(answer.getHeaders().getLocation()).hasToString("/api/v1/commands/" + FINAL_DECISION);
        assertThat(((PendingCommand) answer.getBody()).commandId()).isEqualTo(FINAL_DECISION);
    }

    @Test
    void aRequestItselfStillPendingAnswers202WithTheLocationOfTheFinalDecisionNotItsOwn() {
        // Found by the chaos run: during a fail-over the request outlived the wait; its own outcome (ACCEPTED,
        // AWAITING_DECISION) was read as the answer and the enrollment sent after it was refused.
        var answer = answers.answer(new Submission.Pending(REQUEST), System.nanoTime());

        assertThat(answer.getStatusCode().value()).isEqualTo(202);
        assertThat(answer.getHeaders().getLocation()).hasToString("/api/v1/commands/" + FINAL_DECISION);
        assertThat(((PendingCommand) answer.getBody()).commandId()).isEqualTo(FINAL_DECISION);
    }

    @Test
    void aPlacementTheIntakeRefusedIsAnsweredWithItsRuleRatherThanWaitedFor() {
        delivered(CommandOutcome.rejected(
                PLACEMENT,
                "M2-ISD/2026-2027",
                new Rejection("academic-year-not-open", RejectionKind.RULE_BROKEN, "2026-2027 closed."),
                AT));

        var started = System.nanoTime();
        var answer = answers.answer(requestAccepted(), started);

        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(((ProblemDetail) answer.getBody()).getProperties()).containsEntry("rule", "academic-year-not-open");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aRefusedRequestIsAnsweredWithItsOwnRule() {
        var refused = CommandOutcome.rejected(
                REQUEST,
                "stu-1",
                new Rejection("admission-decision-requires-grading", RejectionKind.CONFLICT, "Not graded."),
                AT);

        var answer = answers.answer(new Submission.Decided(refused), System.nanoTime());

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(((ProblemDetail) answer.getBody()).getProperties())
                .containsEntry("rule", "admission-decision-requires-grading");
    }

    private static Submission requestAccepted() {
        return new Submission.Decided(CommandOutcome.accepted(REQUEST, "stu-1", application("AWAITING_DECISION"), AT));
    }

    private static JsonNode application(String status) {
        return KitJson.toTree(Map.of("studentId", "stu-1", "status", status));
    }

    /** What the kit's outcome listener does with each committed outcome. */
    private void delivered(CommandOutcome outcome) {
        recent.remember(outcome);
        pending.complete(outcome);
    }
}
