package edu.lifecycle.chaos.oracle;

import edu.lifecycle.chaos.load.SentCommand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Oracle 2: no effect without a source. An event of a type the load's commands make is backed by a command of that
 * type for that student (whatever its answer: a refused command makes no event, an indeterminate one may); a policy
 * effect by its source event; any other event by the student's enrollment. Every student id in the log is one the
 * load used.
 */
public final class SourcedEffectsCheck {

    private SourcedEffectsCheck() {}

    public static long unsourced(List<SentCommand> commands, EventLog log, List<String> examples) {
        var sent = new HashMap<String, Long>();
        var students = new HashSet<String>();
        var commandTypes = new HashSet<String>();
        for (var command : commands) {
            students.add(command.studentId());
            commandTypes.add(command.eventType());
            if (!command.answer().accepted() && !command.answer().indeterminate()) {
                continue;
            }
            sent.merge(command.studentId() + "/" + command.eventType(), 1L, Long::sum);
        }
        Set<String> present = new HashSet<>();
        log.readable().forEach(e -> present.add(e.studentId() + "/" + e.type()));
        var counted = new HashMap<String, Long>();
        long unsourced = 0;
        for (var event : log.readable()) {
            var key = event.studentId() + "/" + event.type();
            boolean sourced;
            if (!students.contains(event.studentId())) {
                sourced = false;
            } else if (commandTypes.contains(event.type())) {
                sourced = counted.merge(key, 1L, Long::sum) <= sent.getOrDefault(key, 0L);
            } else if (PolicyEffects.SOURCES.containsKey(event.type())) {
                sourced = present.contains(event.studentId() + "/" + PolicyEffects.SOURCES.get(event.type()));
            } else {
                sourced = PolicyEffects.ENROLLMENT_CONSEQUENCES.contains(event.type())
                        && present.contains(event.studentId() + "/StudentEnrolled");
            }
            if (!sourced) {
                unsourced++;
                examples.add(event.type() + " of " + event.studentId() + " at " + event.topic() + "-"
                        + event.partition() + "@" + event.offset());
            }
        }
        return unsourced;
    }

    public static CheckResult check(List<SentCommand> commands, EventLog log) {
        var examples = new ArrayList<String>();
        long unsourced = unsourced(commands, log, examples);
        return new CheckResult(
                "2. no effect without a command or policy source",
                unsourced == 0,
                log.readable().size() + " events, " + unsourced + " without a source",
                examples);
    }
}
