package edu.lifecycle.curriculum.transcript.stream;

import edu.lifecycle.curriculum.topics.CurriculumTopics;
import edu.lifecycle.curriculum.transcript.Transcript;
import edu.lifecycle.curriculum.transcript.TranscriptCommand;
import edu.lifecycle.curriculum.transcript.TranscriptDecider;
import edu.lifecycle.curriculum.transcript.TranscriptEvent;
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

/** A student's transcript as the kit runs it: its public events go to {@code curriculum.events}. */
public final class TranscriptAggregate implements AggregateSpec<Transcript, TranscriptCommand, TranscriptEvent> {

    public static final String NAME = "transcript";
    public static final String STATE_STORE = NAME + "-state";

    private final TranscriptDecider decider;
    private final CurriculumTopics topics;

    public TranscriptAggregate(TranscriptDecider decider, CurriculumTopics topics) {
        this.decider = decider;
        this.topics = topics;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TranscriptCommand toCommand(CommandEnvelope envelope) {
        return TranscriptCommands.from(envelope);
    }

    /** No state until an enrollment or a degree condition arrives: the decider reads {@code null} as nothing. */
    @Override
    public Transcript initial(String key) {
        return null;
    }

    @Override
    public Decision<TranscriptEvent> decide(Transcript state, TranscriptCommand command) {
        return decider.decide(Optional.ofNullable(state), command);
    }

    @Override
    public Transcript evolve(Transcript state, TranscriptEvent event) {
        return decider.evolve(Optional.ofNullable(state), event);
    }

    @Override
    public Serde<Transcript> stateSerde() {
        return JsonSerde.of(Transcript.class);
    }

    @Override
    public Object view(Transcript state) {
        return state == null ? null : TranscriptView.of(state);
    }

    @Override
    public List<Publication> publish(EventContext context, TranscriptEvent event) {
        return PublishedTranscriptEvents.toAvro(event, context.eventId())
                .map(avro -> List.of(Publication.to(topics.events(), context.key(), avro)))
                .orElse(List.of());
    }

    @Override
    public List<Topic<?, ?>> outputs() {
        return List.of(topics.events());
    }
}
