package edu.lifecycle.admissions.timeline.stream;

import edu.lifecycle.admissions.timeline.StudentTimeline;
import java.util.Optional;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Reads a student's timeline from the {@link TimelineStores#TIMELINES} store. */
public final class TimelineQuery {

    private TimelineQuery() {}

    /** Empty when no public event about the student was read yet. */
    public static Optional<StudentTimeline> of(
            ReadOnlyKeyValueStore<String, StudentTimeline> timelines, String studentId) {
        return Optional.ofNullable(timelines.get(studentId));
    }
}
