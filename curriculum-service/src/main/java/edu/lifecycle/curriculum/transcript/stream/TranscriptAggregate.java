package edu.lifecycle.curriculum.transcript.stream;

import edu.lifecycle.curriculum.topics.CurriculumTopics;
import edu.lifecycle.curriculum.transcript.Transcript;
import edu.lifecycle.curriculum.transcript.TranscriptCommand;
import edu.lifecycle.curriculum.transcript.TranscriptDecider;
import edu.lifecycle.curriculum.transcript.TranscriptEvent;
import edu.lifecycle.servicekit.stream.Aggregate;
import edu.lifecycle.servicekit.stream.Publication;
import java.util.List;

/** A student's transcript as the kit runs it: its public events go to {@code curriculum.events}. */
public final class TranscriptAggregate {

    public static final String NAME = "transcript";
    public static final String STATE_STORE = Aggregate.stateStoreOf(NAME);

    private TranscriptAggregate() {}

    public static Aggregate<Transcript, TranscriptCommand, TranscriptEvent> of(
            TranscriptDecider decider, CurriculumTopics topics) {
        // No state until an enrollment or a degree condition arrives: the decider reads Optional.empty() as nothing.
        return Aggregate.<Transcript, TranscriptCommand, TranscriptEvent>named(NAME)
                .absentUntilFirstEvent(Transcript.class, decider::decide, decider::evolve)
                .readingCommands(TranscriptCommandFormat.CODEC)
                .showing(TranscriptView::of)
                .publishing(
                        List.of(topics.events()),
                        (context, event) -> PublishedTranscriptEvents.toAvro(event, context.eventId())
                                .map(avro -> List.of(Publication.to(topics.events(), context.key(), avro)))
                                .orElse(List.of()));
    }
}
