package edu.lifecycle.servicekit.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The latest committed outcomes this instance's listener read, by command id. A client that has just been answered
 * may look its command up at once; the outcome table answering that lookup is fed by the same topic on the stream
 * thread and may be a poll behind. Bounded: older outcomes are in the table.
 */
public final class RecentOutcomes {

    public static final int DEFAULT_CAPACITY = 10_000;

    private final Map<String, CommandOutcome> recent;

    public RecentOutcomes(int capacity) {
        this.recent = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CommandOutcome> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized void remember(CommandOutcome outcome) {
        recent.put(outcome.commandId(), outcome);
    }

    public synchronized Optional<CommandOutcome> find(String commandId) {
        return Optional.ofNullable(recent.get(commandId));
    }
}
