package edu.lifecycle.curriculum.transcript.stream;

import edu.lifecycle.curriculum.programme.GradingScheme;
import edu.lifecycle.curriculum.programme.ProgrammeCatalog;
import edu.lifecycle.curriculum.topics.CurriculumTopics;
import edu.lifecycle.curriculum.transcript.TranscriptDecider;
import edu.lifecycle.servicekit.stream.Aggregates;
import edu.lifecycle.servicekit.stream.Policies;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import org.apache.kafka.streams.StreamsBuilder;

/**
 * The command side of curriculum: transcripts keyed by student, fed by REST commands and by three policies that turn
 * admissions', placement's and billing's events into transcript commands on the same commands topic.
 */
public final class TranscriptsTopology implements TopologyDefinition {

    private final CurriculumTopics topics;
    private final ProgrammeCatalog programmes;
    private final GradingScheme grading;

    public TranscriptsTopology(CurriculumTopics topics, ProgrammeCatalog programmes, GradingScheme grading) {
        this.topics = topics;
        this.programmes = programmes;
        this.grading = grading;
    }

    @Override
    public void define(StreamsBuilder builder) {
        var transcripts = Aggregates.attach(
                builder,
                topics.commandTopics(),
                TranscriptAggregate.of(new TranscriptDecider(programmes, grading), topics));
        Policies.decide(builder, topics.admissionsEvents(), EnrollmentPolicy.NAME, new EnrollmentPolicy(), transcripts);
        Policies.decide(
                builder,
                topics.placementEvents(),
                GraduationFactPolicies.EXPERIENCE,
                GraduationFactPolicies.experience(),
                transcripts);
        Policies.decide(
                builder,
                topics.billingEvents(),
                GraduationFactPolicies.TUITION,
                GraduationFactPolicies.tuition(),
                transcripts);
    }
}
