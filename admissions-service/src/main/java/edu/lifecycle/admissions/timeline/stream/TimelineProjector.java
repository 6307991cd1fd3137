package edu.lifecycle.admissions.timeline.stream;

import edu.lifecycle.admissions.timeline.StudentTimeline;
import edu.lifecycle.admissions.timeline.TimelineEntry;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/** Puts each public event about a student in its place in the student's timeline, once. */
final class TimelineProjector implements Processor<String, Object, Void, Void> {

    private ProcessorContext<Void, Void> context;
    private KeyValueStore<String, StudentTimeline> timelines;

    static ProcessorSupplier<String, Object, Void, Void> supplier() {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, Object, Void, Void> get() {
                return new TimelineProjector();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(TimelineStores.timelines());
            }
        };
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        this.timelines = context.getStateStore(TimelineStores.TIMELINES);
    }

    @Override
    public void process(Record<String, Object> record) {
        if (record.key() == null || record.value() == null) {
            // Event topics carry no tombstones, and an unkeyed record belongs to no student: nothing to fold in.
            return;
        }
        String topic = context.recordMetadata()
                .map(RecordMetadata::topic)
                .orElseThrow(() -> new IllegalStateException("A timeline event must come from a topic"));
        TimelineEntry entry = TimelineEntries.of(topic, record.value());
        StudentTimeline before =
                Optional.ofNullable(timelines.get(record.key())).orElseGet(() -> StudentTimeline.empty(record.key()));
        StudentTimeline after = before.with(entry);
        if (after != before) {
            timelines.put(record.key(), after);
        }
    }
}
