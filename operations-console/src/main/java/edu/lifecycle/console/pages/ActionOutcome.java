package edu.lifecycle.console.pages;

import edu.lifecycle.console.services.ApiAnswer;
import edu.lifecycle.console.services.Service;
import java.util.Optional;

/**
 * What a command came to, in words: done, refused (naming the rule), or pending — then with where the console asks
 * for its outcome until it arrives.
 */
public record ActionOutcome(String kind, String text, Optional<String> pendingUrl) {

    static ActionOutcome of(String action, Service service, ApiAnswer answer) {
        if (answer.pending()) {
            var commandId = answer.body().path("commandId").asString("");
            return new ActionOutcome(
                    "pending",
                    action + ": pending — " + service.title() + " accepted it and is still deciding.",
                    Optional.of("/outcomes/" + service.name().toLowerCase() + "/" + commandId));
        }
        if (answer.ok()) {
            return new ActionOutcome("done", action + ": done.", Optional.empty());
        }
        return new ActionOutcome("refused", action + ": " + answer.problemText(), Optional.empty());
    }

    /** A command's outcome as {@code GET /api/v1/commands/{id}} gives it; 404 means not decided yet. */
    static ActionOutcome ofStatus(Service service, String commandId, ApiAnswer answer) {
        if (answer.status() == 404) {
            return new ActionOutcome(
                    "pending",
                    "Pending — " + service.title() + " has not decided yet.",
                    Optional.of("/outcomes/" + service.name().toLowerCase() + "/" + commandId));
        }
        if (!answer.ok()) {
            return new ActionOutcome("refused", answer.problemText(), Optional.empty());
        }
        var status = answer.body().path("status").asString("");
        return switch (status) {
            case "ACCEPTED" ->
                new ActionOutcome("done", "Done: " + service.title() + " accepted it.", Optional.empty());
            case "REJECTED" -> {
                var rejection = answer.body().path("rejection");
                yield new ActionOutcome(
                        "refused",
                        "Refused by rule " + rejection.path("rule").asString("?") + ": "
                                + rejection.path("detail").asString(""),
                        Optional.empty());
            }
            default -> new ActionOutcome("refused", "Not applied (" + status + ").", Optional.empty());
        };
    }
}
