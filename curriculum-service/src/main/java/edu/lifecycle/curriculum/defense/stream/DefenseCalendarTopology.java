package edu.lifecycle.curriculum.defense.stream;

import edu.lifecycle.curriculum.defense.CalendarEntry;
import edu.lifecycle.curriculum.topics.CurriculumTopics;
import edu.lifecycle.events.curriculum.DefenseScheduled;
import edu.lifecycle.events.curriculum.DissertationDefended;
import edu.lifecycle.events.curriculum.TranscriptClosed;
import edu.lifecycle.servicekit.state.StateSerde;
import edu.lifecycle.servicekit.stream.ReadModelDefinition;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The defense calendar spans students, so every change is repartitioned under one key, {@link #CALENDAR_KEY}: one
 * task, hence one instance, holds the whole calendar and answers a page from its own store.
 */
public final class DefenseCalendarTopology implements ReadModelDefinition {

    /** {@code <UTC time>|<student id>} → {@link CalendarEntry}. */
    public static final String CALENDAR_STORE = "defense-calendar";
    /** Student id → the student's current calendar key. */
    public static final String SLOTS_STORE = "defense-calendar-slots";
    /** The one key every calendar change travels under, and the one to route a calendar query by. */
    public static final String CALENDAR_KEY = "defenses";

    private final CurriculumTopics topics;

    public DefenseCalendarTopology(CurriculumTopics topics) {
        this.topics = topics;
    }

    @Override
    public void define(StreamsBuilder builder) {
        builder.stream(topics.events().name(), topics.events().consumed())
                .flatMap(
                        (student, event) -> change(event)
                                .map(change -> List.of(KeyValue.pair(CALENDAR_KEY, change)))
                                .orElse(List.of()),
                        Named.as("defense-calendar-changes"))
                .repartition(Repartitioned.<String, CalendarChange>as("defense-calendar")
                        .withKeySerde(Serdes.String())
                        .withValueSerde(StateSerde.of(CalendarChange.class))
                        .withNumberOfPartitions(1))
                .process(CalendarProjector.supplier(), Named.as("defense-calendar-projector"));
    }

    private static Optional<CalendarChange> change(SpecificRecord event) {
        if (event instanceof DefenseScheduled scheduled) {
            var entry = new CalendarEntry(
                    scheduled.getStudentId(), scheduled.getDefenseAt(), scheduled.getRoom(), scheduled.getJury());
            return Optional.of(new CalendarChange(scheduled.getStudentId(), entry));
        } else if (event instanceof DissertationDefended defended) {
            return Optional.of(new CalendarChange(defended.getStudentId(), null));
        } else if (event instanceof TranscriptClosed closed) {
            return Optional.of(new CalendarChange(closed.getStudentId(), null));
        }
        return Optional.empty();
    }
}
