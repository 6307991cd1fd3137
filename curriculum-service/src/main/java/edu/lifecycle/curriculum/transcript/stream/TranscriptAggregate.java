package edu.lifecycle.curriculum.transcript.stream;

import edu.lifecycle.curriculum.topics.CurriculumTopics;
import edu.lifecycle.curriculum.transcript.Transcript;
import edu.lifecycle.curriculum.transcript.TranscriptCommand;
import edu.lifecycle.curriculum.transcript.TranscriptDecider;
import edu.lifecycle.curriculum.transcript.TranscriptEvent;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.stream.AggregateLogic;
import edu.lifecycle.servicekit.stream.AggregateSpec;
import edu.lifecycle.servicekit.stream.DeciderAggregateSpec;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.List;

/** A student's transcript as the kit runs it: its public events go to {@code curriculum.events}. */
public final class TranscriptAggregate extends DeciderAggregateSpec<Transcript, TranscriptCommand, TranscriptEvent> {

    public static final String NAME = "transcript";
    public static final String STATE_STORE = AggregateSpec.stateStoreOf(NAME);

    private final CurriculumTopics topics;

    public TranscriptAggregate(TranscriptDecider decider, CurriculumTopics topics) {
        // No state until an enrollment or a degree condition arrives: the decider reads Optional.empty() as nothing.
        super(AggregateLogic.absentUntilFirstEvent(NAME, Transcript.class, decider::decide, decider::evolve));
        this.topics = topics;
    }

    @Override
    public TranscriptCommand toCommand(CommandEnvelope envelope) {
        return TranscriptCommands.from(envelope);
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
