package edu.lifecycle.admissions.application.web;

import edu.lifecycle.admissions.application.stream.AdmissionDecisionCommandIds;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.command.CommandResponses;
import edu.lifecycle.servicekit.command.OutcomeStore;
import edu.lifecycle.servicekit.command.PendingOutcomes;
import edu.lifecycle.servicekit.command.Submission;
import edu.lifecycle.servicekit.config.ServiceKitProperties;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Answers the jury's decision request with the decision itself. The application accepts the request at once
 * (AWAITING_DECISION), but only the programme year's intake, a follow-up command, decides against capacity; an
 * answer before that would be a 200 that is not the outcome, and an enrollment right after it would be refused. So
 * the request waits, within the kit's command timeout, for the intake's placement and then for the final decision
 * recorded on the application: 200 with the application ADMITTED, WAITLISTED or REJECTED, a problem if either step
 * was refused, or 202 with the {@code Location} of the final decision's outcome while it is still pending.
 */
@Component
class AwaitingFinalDecision {

    private final PendingOutcomes pending;
    private final OutcomeStore outcomes;
    private final Duration timeout;

    @Autowired
    AwaitingFinalDecision(PendingOutcomes pending, OutcomeStore outcomes, ServiceKitProperties kit) {
        this(pending, outcomes, kit.commandTimeout());
    }

    AwaitingFinalDecision(PendingOutcomes pending, OutcomeStore outcomes, Duration timeout) {
        this.pending = pending;
        this.outcomes = outcomes;
        this.timeout = timeout;
    }

    /**
     * @param request what the gateway said of the jury's request
     * @param startedNanos {@link System#nanoTime()} when the HTTP request arrived: the whole answer keeps to one
     *     command timeout
     */
    ResponseEntity<Object> answer(Submission request, long startedNanos) {
        if (request instanceof Submission.Pending) {
            // The request's own outcome would say ACCEPTED (AWAITING_DECISION) long before the intake decides; a
            // client reading it as the answer would enroll too soon. The final decision's outcome is the answer (its
            // status URL gives the request's or the placement's refusal if either is refused).
            return CommandResponses.ok(
                    new Submission.Pending(AdmissionDecisionCommandIds.finalDecisionOfRequest(request.commandId())));
        }
        if (((Submission.Decided) request).outcome().status() != CommandOutcome.Status.ACCEPTED) {
            // Refused: the request's own answer is the truth.
            return CommandResponses.ok(request);
        }
        long deadline = startedNanos + timeout.toNanos();
        String placementId = AdmissionDecisionCommandIds.placement(request.commandId());
        String finalDecisionId = AdmissionDecisionCommandIds.finalDecision(placementId);
        Optional<CommandOutcome> placement = await(placementId, deadline);
        if (placement.isPresent() && placement.get().status() != CommandOutcome.Status.ACCEPTED) {
            // The intake refused to place the applicant (e.g. the year closed meanwhile): no decision will come.
            return CommandResponses.ok(new Submission.Decided(placement.get()));
        }
        Optional<CommandOutcome> decision = placement.isPresent() ? await(finalDecisionId, deadline) : Optional.empty();
        return CommandResponses.ok(decision.<Submission>map(Submission.Decided::new)
                .orElseGet(() -> new Submission.Pending(finalDecisionId)));
    }

    /** The outcome of a command this request did not send itself, once decided, or empty at the deadline. */
    private Optional<CommandOutcome> await(String commandId, long deadline) {
        // Expect before looking: an outcome landing between the look-up and the wait still completes the wait.
        var future = pending.expect(commandId);
        try {
            Optional<CommandOutcome> known = outcomes.find(commandId);
            if (known.isPresent()) {
                return known;
            }
            long remaining = deadline - System.nanoTime();
            return remaining <= 0 ? Optional.empty() : Optional.of(future.get(remaining, TimeUnit.NANOSECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            pending.forget(commandId, future);
        }
    }
}
