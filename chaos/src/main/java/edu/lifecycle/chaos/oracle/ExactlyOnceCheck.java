package edu.lifecycle.chaos.oracle;

import edu.lifecycle.chaos.load.SentCommand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Oracle 1: every command whose final answer was 2xx has its effect in the event log exactly once, counted per
 * student and event type (a command whose answer never became final may have had its effect once, or not at all);
 * every policy effect is there once per source event; no two events share an {@code eventId}; no two payments share
 * a reference.
 */
public final class ExactlyOnceCheck {

    private ExactlyOnceCheck() {}

    /** The counts behind the verdict. */
    public record Counts(long lost, long duplicated, long duplicateEventIds, long duplicateReferences) {}

    public static Counts counts(List<SentCommand> commands, EventLog log, List<String> examples) {
        var events = log.readable();
        Map<String, Long> actual = events.stream()
                .collect(Collectors.groupingBy(e -> e.studentId() + "/" + e.type(), Collectors.counting()));
        var accepted = new HashMap<String, Long>();
        var indeterminate = new HashMap<String, Long>();
        for (var command : commands) {
            var key = command.studentId() + "/" + command.eventType();
            if (command.answer().accepted()) {
                accepted.merge(key, 1L, Long::sum);
            } else if (command.answer().indeterminate()) {
                indeterminate.merge(key, 1L, Long::sum);
            }
        }
        // Policy effects: once per source event of the same student.
        var expectedPolicy = new HashMap<String, Long>();
        for (var event : events) {
            PolicyEffects.SOURCES.forEach((effect, source) -> {
                if (source.equals(event.type())) {
                    expectedPolicy.merge(event.studentId() + "/" + effect, 1L, Long::sum);
                }
            });
        }
        long lost = 0;
        long duplicated = 0;
        var expected = new HashMap<String, Long>(accepted);
        expectedPolicy.forEach((key, n) -> expected.merge(key, n, Long::sum));
        for (var entry : expected.entrySet()) {
            long found = actual.getOrDefault(entry.getKey(), 0L);
            long allowed = entry.getValue() + indeterminate.getOrDefault(entry.getKey(), 0L);
            if (found < entry.getValue()) {
                lost += entry.getValue() - found;
                examples.add("lost " + entry.getKey() + " (" + found + " of " + entry.getValue() + ")");
            } else if (found > allowed) {
                duplicated += found - allowed;
                examples.add("duplicated " + entry.getKey() + " (" + found + " for " + entry.getValue() + ")");
            }
        }
        long duplicateIds = duplicates(events.stream().map(LoggedEvent::eventId).toList(), "eventId", examples);
        long duplicateReferences = duplicates(
                events.stream()
                        .filter(e -> "PaymentReceived".equals(e.type()))
                        .map(LoggedEvent::paymentReference)
                        .toList(),
                "payment reference",
                examples);
        return new Counts(lost, duplicated, duplicateIds, duplicateReferences);
    }

    public static CheckResult check(List<SentCommand> commands, EventLog log) {
        var examples = new ArrayList<String>();
        var counts = counts(commands, log, examples);
        long accepted = commands.stream().filter(c -> c.answer().accepted()).count();
        boolean passed = counts.lost() == 0
                && counts.duplicated() == 0
                && counts.duplicateEventIds() == 0
                && counts.duplicateReferences() == 0;
        return new CheckResult(
                "1. accepted commands applied exactly once",
                passed,
                accepted + " accepted commands and their policy effects over "
                        + log.readable().size()
                        + " events: lost " + counts.lost() + ", duplicated " + counts.duplicated()
                        + ", duplicate eventIds " + counts.duplicateEventIds() + ", duplicate payment references "
                        + counts.duplicateReferences(),
                examples);
    }

    private static long duplicates(List<String> values, String what, List<String> examples) {
        var seen = values.stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        long duplicates = 0;
        for (var entry : seen.entrySet()) {
            if (entry.getValue() > 1) {
                duplicates += entry.getValue() - 1;
                examples.add(what + " " + entry.getKey() + " ×" + entry.getValue());
            }
        }
        return duplicates;
    }
}
