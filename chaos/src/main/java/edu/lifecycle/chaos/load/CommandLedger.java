package edu.lifecycle.chaos.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every intended command the load sent, with its final answer: what the oracle holds the event log to. */
public final class CommandLedger {

    private final ConcurrentLinkedQueue<SentCommand> commands = new ConcurrentLinkedQueue<>();

    public void record(SentCommand command) {
        commands.add(command);
    }

    public List<SentCommand> commands() {
        return new ArrayList<>(commands);
    }

    public long count() {
        return commands.size();
    }

    public long accepted() {
        return commands.stream().filter(c -> c.answer().accepted()).count();
    }

    public long indeterminate() {
        return commands.stream().filter(c -> c.answer().indeterminate()).count();
    }

    /**
     * Each refused command as a line: which step of which student, the status and the rule that refused it. A careful
     * client only sends a step once the one before it was accepted, so a refusal is something to explain.
     */
    public List<String> refusals() {
        return commands.stream()
                .filter(c -> !c.answer().accepted() && !c.answer().indeterminate())
                .map(CommandLedger::refusal)
                .toList();
    }

    private static String refusal(SentCommand command) {
        var body = command.answer().body();
        // A problem answered at once names the rule at its top; an outcome polled after a 202 under "rejection".
        var reasons = body == null ? null : body.has("rejection") ? body.path("rejection") : body;
        String rule = reasons == null ? "" : reasons.path("rule").asText("");
        String detail = reasons == null ? "" : reasons.path("detail").asText("");
        return command.name() + " of " + command.studentId() + ": "
                + command.answer().status() + (rule.isEmpty() ? "" : " " + rule)
                + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
