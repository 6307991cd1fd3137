package edu.lifecycle.curriculum.defense.stream;

import edu.lifecycle.curriculum.defense.CalendarEntry;
import edu.lifecycle.servicekit.stream.ReadModelStores;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Keeps the calendar: each student has at most one slot, moved when a defense is rescheduled (a later
 * {@code DefenseScheduled}) and removed once its result is recorded or the transcript closes. Applying a change twice
 * leaves the same calendar.
 */
final class CalendarProjector implements Processor<String, CalendarChange, Void, Void> {

    private KeyValueStore<String, CalendarEntry> calendar;
    private KeyValueStore<String, String> slots;

    static ProcessorSupplier<String, CalendarChange, Void, Void> supplier() {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, CalendarChange, Void, Void> get() {
                return new CalendarProjector();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        ReadModelStores.keyValue(DefenseCalendarTopology.CALENDAR_STORE, CalendarEntry.class),
                        ReadModelStores.keyValue(DefenseCalendarTopology.SLOTS_STORE, Serdes.String()));
            }
        };
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        calendar = context.getStateStore(DefenseCalendarTopology.CALENDAR_STORE);
        slots = context.getStateStore(DefenseCalendarTopology.SLOTS_STORE);
    }

    @Override
    public void process(Record<String, CalendarChange> record) {
        var change = record.value();
        if (change == null) {
            return;
        }
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
