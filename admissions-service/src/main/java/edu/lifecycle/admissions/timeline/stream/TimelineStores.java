package edu.lifecycle.admissions.timeline.stream;

import edu.lifecycle.admissions.timeline.StudentTimeline;
import edu.lifecycle.servicekit.json.JsonSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** The timeline store: student id → {@link StudentTimeline}, partitioned like the public topics. */
public final class TimelineStores {

    public static final String TIMELINES = "student-timelines";

    private TimelineStores() {}

    static StoreBuilder<KeyValueStore<String, StudentTimeline>> timelines() {
        return Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(TIMELINES), Serdes.String(), JsonSerde.of(StudentTimeline.class));
    }
}
