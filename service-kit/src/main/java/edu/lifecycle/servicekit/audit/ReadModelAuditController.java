package edu.lifecycle.servicekit.audit;

import edu.lifecycle.servicekit.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/read-model-audit}: rebuilds this service's read models from the topics and answers the keys
 * whose live value differs, for the partitions this instance holds. How an operator proves a projection fixed after a
 * replay. One audit at a time per instance: a rebuild reads the whole history.
 */
@RestController
@Tag(name = "Operations", description = "What an operator needs to see")
public class ReadModelAuditController {

    public static final String PATH = "/api/v1/read-model-audit";

    private final ReadModelAudit audit;
    private final AtomicBoolean running = new AtomicBoolean();

    public ReadModelAuditController(ReadModelAudit audit) {
        this.audit = audit;
    }

    @PostMapping(PATH)
    @Operation(
            summary = "Rebuild the read models from the topics and compare them key by key with the live ones",
            description = "Answers, once both sides reached the end of the topics as of the request, every key that "
                    + "differs (missing on either side, or another value) for the partitions this instance holds; "
                    + "run it on each instance to cover all. It reads the whole history: it can take minutes.")
    public ResponseEntity<?> audit() {
        if (!running.compareAndSet(false, true)) {
            var problem = Problems.problem(
                    HttpStatus.CONFLICT, "An audit is running", "This instance is auditing already; ask again later.");
            problem.setProperty("rule", "one-audit-at-a-time");
            return Problems.response(problem);
        }
        try {
            return ResponseEntity.ok(audit.run());
        } finally {
            running.set(false);
        }
    }
}
