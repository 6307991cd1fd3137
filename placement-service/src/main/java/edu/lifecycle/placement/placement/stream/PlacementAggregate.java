package edu.lifecycle.placement.placement.stream;

import edu.lifecycle.placement.placement.PlacementCommand;
import edu.lifecycle.placement.placement.PlacementDecider;
import edu.lifecycle.placement.placement.PlacementEvent;
import edu.lifecycle.placement.placement.PlacementRecord;
import edu.lifecycle.placement.topics.PlacementTopics;
import edu.lifecycle.servicekit.stream.Aggregate;
import edu.lifecycle.servicekit.stream.Publication;
import java.util.List;

/** A student's placement record as the kit runs it: its public events go to {@code placement.events}. */
public final class PlacementAggregate {

    public static final String NAME = "placement-record";
    public static final String STATE_STORE = Aggregate.stateStoreOf(NAME);

    private PlacementAggregate() {}

    public static Aggregate<PlacementRecord, PlacementCommand, PlacementEvent> of(
            PlacementDecider decider, PlacementTopics topics) {
        // No state until the student enrolls: the decider reads Optional.empty() as "no record".
        return Aggregate.<PlacementRecord, PlacementCommand, PlacementEvent>named(NAME)
                .absentUntilFirstEvent(PlacementRecord.class, decider::decide, decider::evolve)
                .readingCommands(PlacementCommandFormat.CODEC)
                .showing(PlacementRecordView::of)
                .publishing(
                        List.of(topics.events()),
                        (context, event) -> PublishedPlacementEvents.toAvro(event, context.eventId())
                                .map(avro -> List.of(Publication.to(topics.events(), context.key(), avro)))
                                .orElse(List.of()));
    }
}
