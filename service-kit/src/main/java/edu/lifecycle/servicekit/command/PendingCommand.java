package edu.lifecycle.servicekit.command;

/**
 * The body of a 202: the command is on its way; its outcome will be at {@code location}.
 *
 * @param commandId the command's id
 * @param status always {@code PENDING}
 * @param location where to GET the outcome
 */
public record PendingCommand(String commandId, String status, String location) {

    static PendingCommand of(String commandId) {
        return new PendingCommand(commandId, "PENDING", CommandStatusController.location(commandId));
    }
}
