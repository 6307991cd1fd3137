package edu.lifecycle.servicekit.command;

/** What the gateway can say about a command when it answers: its outcome, or that it is still being decided. */
public sealed interface Submission {

    String commandId();

    /** The topology decided within the wait (or had decided before: a repeated command id). */
    record Decided(CommandOutcome outcome) implements Submission {
        @Override
        public String commandId() {
            return outcome.commandId();
        }
    }

    /** The wait ran out; the command is safely on its topic and its outcome will be at its status URL. */
    record Pending(String commandId) implements Submission {}
}
