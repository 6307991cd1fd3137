package edu.lifecycle.placement.placement.stream;

import edu.lifecycle.placement.placement.PlacementCommand;
import edu.lifecycle.placement.placement.PlacementDecider;
import edu.lifecycle.placement.placement.PlacementEvent;
import edu.lifecycle.placement.placement.PlacementRecord;
import edu.lifecycle.placement.topics.PlacementTopics;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.stream.AggregateSpec;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;

/** A student's placement record as the kit runs it: its public events go to {@code placement.events}. */
public final class PlacementAggregate implements AggregateSpec<PlacementRecord, PlacementCommand, PlacementEvent> {

    public static final String NAME = "placement-record";
    public static final String STATE_STORE = NAME + "-state";

    private final PlacementDecider decider;
    private final PlacementTopics topics;

    public PlacementAggregate(PlacementDecider decider, PlacementTopics topics) {
        this.decider = decider;
        this.topics = topics;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PlacementCommand toCommand(CommandEnvelope envelope) {
        return PlacementCommands.from(envelope);
    }

    /** No state until the student enrolls: the decider reads {@code null} as "no record". */
    @Override
    public PlacementRecord initial(String key) {
        return null;
    }

    @Override
    public Decision<PlacementEvent> decide(PlacementRecord state, PlacementCommand command) {
        return decider.decide(Optional.ofNullable(state), command);
    }

    @Override
    public PlacementRecord evolve(PlacementRecord state, PlacementEvent event) {
        return decider.evolve(Optional.ofNullable(state), event);
    }

    @Override
    public Serde<PlacementRecord> stateSerde() {
        return JsonSerde.of(PlacementRecord.class);
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
