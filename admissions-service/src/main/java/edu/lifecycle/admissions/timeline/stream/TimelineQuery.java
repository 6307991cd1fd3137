package edu.lifecycle.admissions.timeline.stream;

import edu.lifecycle.admissions.timeline.StudentTimeline;
import edu.lifecycle.admissions.timeline.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Reads a student's timeline from the {@link TimelineStores#TIMELINES} store. */
public final class TimelineQuery {

    private TimelineQuery() {}

    /** Empty when no public event about the student was read yet. */
    public static Optional<StudentTimeline> of(
            ReadOnlyKeyValueStore<String, TimelineEntry> timelines, String studentId) {
        List<TimelineEntry> entries = new ArrayList<>();
        try (var scan = timelines.prefixScan(
                TimelineStores.studentPrefix(studentId), Serdes.String().serializer())) {
            scan.forEachRemaining(entry -> entries.add(entry.value));
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(new StudentTimeline(studentId, entries));
    }
}
