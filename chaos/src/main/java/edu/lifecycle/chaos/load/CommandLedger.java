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
}
