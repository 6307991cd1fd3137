package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.security.Callers;
import edu.lifecycle.servicekit.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/commands/{id}}: the outcome of a command, asked of whichever instance holds it; for a follow-up
 * that will never be sent because a step before it was refused, that step's refusal.
 */
@RestController
public class CommandStatusController {

    static final String PATH_PREFIX = "/api/v1/commands/";

    private final RecentOutcomes recent;
    private final KeyQueryRouter router;
    private final StoreQueries queries;
    private final OutcomeStore outcomes;
    private final EarlierSteps earlierSteps;

    public CommandStatusController(
            RecentOutcomes recent,
            KeyQueryRouter router,
            StoreQueries queries,
            OutcomeStore outcomes,
            EarlierSteps earlierSteps) {
        this.recent = recent;
        this.router = router;
        this.queries = queries;
        this.outcomes = outcomes;
        this.earlierSteps = earlierSteps;
    }

    public static String location(String commandId) {
        return PATH_PREFIX + commandId;
    }

    /**
     * A student sees the outcome of their own commands only (those decided on their student id); another's reads as
     * unknown, so neither its existence nor its content is disclosed.
     */
    @GetMapping(PATH_PREFIX + "{commandId}")
    public ResponseEntity<?> outcome(@PathVariable String commandId, HttpServletRequest request) {
        String unknown =
                "No outcome for command " + commandId + ": it is unknown, or still being decided; retry shortly.";
        Optional<String> student = Callers.admittedStudent();
        var justDecided = recent.find(commandId);
        if (justDecided.isPresent()) {
            return visibleTo(student, justDecided.get())
                    ? ResponseEntity.ok(justDecided.get())
                    : Problems.notFound(unknown);
        }
        return router.route(
                request,
                OutcomeStore.NAME,
                commandId,
                () -> queries.<CommandOutcome>get(OutcomeStore.NAME, commandId)
                        .or(() -> refusedEarlierStep(commandId))
                        .filter(outcome -> visibleTo(student, outcome))
                        .<ResponseEntity<?>>map(ResponseEntity::ok)
                        .orElseGet(() -> Problems.notFound(unknown)));
    }

    /**
     * The refusal of a step before {@code commandId}, which therefore will never be decided; empty while every step
     * before it is accepted or still on its way (the follow-up is then on its way too).
     */
    private Optional<CommandOutcome> refusedEarlierStep(String commandId) {
        for (String step : earlierSteps.before(commandId)) {
            Optional<CommandOutcome> outcome = outcomes.find(step);
            if (outcome.isEmpty() || outcome.get().status() != CommandOutcome.Status.ACCEPTED) {
                return outcome;
            }
        }
        return Optional.empty();
    }

    private static boolean visibleTo(Optional<String> student, CommandOutcome outcome) {
        return student.isEmpty() || student.get().equals(outcome.aggregateKey());
    }
}
