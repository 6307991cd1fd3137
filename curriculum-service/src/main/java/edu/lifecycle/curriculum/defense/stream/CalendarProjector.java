package edu.lifecycle.curriculum.defense.stream;

import edu.lifecycle.curriculum.defense.CalendarEntry;
import edu.lifecycle.servicekit.stream.Projection;
import edu.lifecycle.servicekit.stream.ReadModelStores;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the calendar: each student has at most one slot, moved when a defense is rescheduled (a later
 * {@code DefenseScheduled}) and removed once its result is recorded or the transcript closes. Applying a change twice
 * leaves the same calendar.
 */
final class CalendarProjector {

    private CalendarProjector() {}

    static Projection<String, CalendarChange, Void, Void> supplier() {
        return Projection.of(
                CalendarProjector::apply,
                ReadModelStores.keyValue(DefenseCalendarTopology.CALENDAR_STORE, CalendarEntry.class),
                ReadModelStores.keyValue(DefenseCalendarTopology.SLOTS_STORE, Serdes.String()));
    }

    private static void apply(Record<String, CalendarChange> record, Projection.Target<Void, Void> target) {
        var change = record.value();
        if (change == null) {
            return;
        }
        KeyValueStore<String, CalendarEntry> calendar = target.store(DefenseCalendarTopology.CALENDAR_STORE);
        KeyValueStore<String, String> slots = target.store(DefenseCalendarTopology.SLOTS_STORE);
        var previous = slots.get(change.studentId());
        if (previous != null) {
            calendar.delete(previous);
            slots.delete(change.studentId());
        }
        if (change.entry() != null) {
            calendar.put(change.entry().slot(), change.entry());
            slots.put(change.studentId(), change.entry().slot());
        }
    }
}
