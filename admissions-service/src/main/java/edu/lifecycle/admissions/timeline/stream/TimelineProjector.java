package edu.lifecycle.admissions.timeline.stream;

import edu.lifecycle.admissions.timeline.TimelineEntry;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Puts each public event about a student in its place in the student's timeline, once: its key orders it, so
 * nothing already there is read or rewritten.
 */
final class TimelineProjector implements Processor<String, Object, Void, Void> {

    private ProcessorContext<Void, Void> context;
    private KeyValueStore<String, TimelineEntry> timelines;
    private KeyValueStore<String, String> events;

    static ProcessorSupplier<String, Object, Void, Void> supplier() {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, Object, Void, Void> get() {
                return new TimelineProjector();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(TimelineStores.timelines(), TimelineStores.events());
            }
        };
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        this.timelines = context.getStateStore(TimelineStores.TIMELINES);
        this.events = context.getStateStore(TimelineStores.EVENTS);
    }

    @Override
    public void process(Record<String, Object> record) {
        if (record.key() == null || record.value() == null) {
            // Event topics carry no tombstones, and an unkeyed record belongs to no student: nothing to fold in.
            return;
        }
        RecordMetadata source = context.recordMetadata()
                .orElseThrow(() -> new IllegalStateException("A timeline event must come from a topic"));
        TimelineEntry entry = TimelineEntries.of(source.topic(), record.value());
        String eventKey = TimelineStores.eventKey(record.key(), entry.eventId());
        if (events.get(eventKey) != null) {
            // Delivered before: it already has its place.
            return;
        }
        String entryKey = TimelineStores.entryKey(record.key(), entry, source.offset());
        events.put(eventKey, entryKey);
        timelines.put(entryKey, entry);
    }
}
