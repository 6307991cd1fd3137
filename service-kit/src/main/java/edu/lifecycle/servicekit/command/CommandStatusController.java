package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.query.KeyQueryRouter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/commands/{id}}: the outcome of a command, asked of whichever instance holds it. */
@RestController
public class CommandStatusController {

    static final String PATH_PREFIX = "/api/v1/commands/";

    private final RecentOutcomes recent;
    private final KeyQueryRouter router;

    public CommandStatusController(RecentOutcomes recent, KeyQueryRouter router) {
        this.recent = recent;
        this.router = router;
    }

    public static String location(String commandId) {
        return PATH_PREFIX + commandId;
    }

    @GetMapping(PATH_PREFIX + "{commandId}")
    public ResponseEntity<?> outcome(@PathVariable String commandId, HttpServletRequest request) {
        var justDecided = recent.find(commandId);
        if (justDecided.isPresent()) {
            return ResponseEntity.ok(justDecided.get());
        }
        return router.get(
                request,
                OutcomeStore.NAME,
                commandId,
                (CommandOutcome outcome) -> outcome,
                "No outcome for command " + commandId + ": it is unknown, or still being decided; retry shortly.");
    }
}
