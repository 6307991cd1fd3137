package edu.lifecycle.curriculum.defense.stream;

import edu.lifecycle.curriculum.defense.CalendarEntry;
import edu.lifecycle.curriculum.defense.CalendarPage;
import edu.lifecycle.curriculum.defense.CalendarSlots;
import edu.lifecycle.curriculum.defense.DefenseStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads a page of the calendar from {@link DefenseCalendarTopology#CALENDAR_STORE}. The store holds exactly the
 * defenses awaiting a result, keyed by time, so the past ones (awaiting their result) come before the upcoming ones.
 */
public final class DefenseCalendarPages {

    private DefenseCalendarPages() {}

    /**
     * Defenses earliest first, each with its status at {@code now}; with {@code only}, those of that status; with
     * {@code after} (a previous page's {@code next}), those after it, so a client pages on from where it stopped.
     */
    public static CalendarPage page(
            ReadOnlyKeyValueStore<String, CalendarEntry> calendar,
            Instant now,
            Optional<DefenseStatus> only,
            String after,
            int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
        String from = after != null
                ? after
                : only.filter(DefenseStatus.SCHEDULED::equals)
                        .map(scheduled -> CalendarSlots.before(now))
                        .orElse(null);
        var lines = new ArrayList<CalendarPage.Line>();
        String next = null;
        String last = null;
        try (var entries = from == null ? calendar.all() : calendar.range(from, null)) {
            while (entries.hasNext()) {
                var entry = entries.next();
                if (entry.key.equals(after)) {
                    continue;
                }
                var status = entry.value.statusAt(now);
                if (only.isPresent() && status != only.get()) {
                    if (status == DefenseStatus.SCHEDULED) {
                        break; // in time order, every later defense is still to come
                    }
                    continue;
                }
                if (lines.size() == limit) {
                    next = last;
                    break;
                }
                lines.add(CalendarPage.Line.of(entry.value, now));
                last = entry.key;
            }
        }
        return new CalendarPage(now, lines, next);
    }
}
