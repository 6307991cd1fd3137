package edu.lifecycle.placement.placement.stream;

import edu.lifecycle.placement.placement.PlacementCommand;
import edu.lifecycle.placement.placement.PlacementDecider;
import edu.lifecycle.placement.placement.PlacementEvent;
import edu.lifecycle.placement.placement.PlacementRecord;
import edu.lifecycle.placement.topics.PlacementTopics;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.stream.AggregateLogic;
import edu.lifecycle.servicekit.stream.AggregateSpec;
import edu.lifecycle.servicekit.stream.DeciderAggregateSpec;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.List;

/** A student's placement record as the kit runs it: its public events go to {@code placement.events}. */
public final class PlacementAggregate extends DeciderAggregateSpec<PlacementRecord, PlacementCommand, PlacementEvent> {

    public static final String NAME = "placement-record";
    public static final String STATE_STORE = AggregateSpec.stateStoreOf(NAME);

    private final PlacementTopics topics;

    public PlacementAggregate(PlacementDecider decider, PlacementTopics topics) {
        // No state until the student enrolls: the decider reads Optional.empty() as "no record".
        super(AggregateLogic.absentUntilFirstEvent(NAME, PlacementRecord.class, decider::decide, decider::evolve));
        this.topics = topics;
    }

    @Override
    public PlacementCommand toCommand(CommandEnvelope envelope) {
        return PlacementCommands.from(envelope);
    }

    @Override
    public Object view(PlacementRecord state) {
        return state == null ? null : PlacementRecordView.of(state);
    }

    @Override
    public List<Publication> publish(EventContext context, PlacementEvent event) {
        return PublishedPlacementEvents.toAvro(event, context.eventId())
                .map(avro -> List.of(Publication.to(topics.events(), context.key(), avro)))
                .orElse(List.of());
    }

    @Override
    public List<Topic<?, ?>> outputs() {
        return List.of(topics.events());
    }
}
