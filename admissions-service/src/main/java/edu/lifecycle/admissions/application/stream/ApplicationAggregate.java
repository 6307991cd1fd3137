package edu.lifecycle.admissions.application.stream;

import edu.lifecycle.admissions.application.Application;
import edu.lifecycle.admissions.application.ApplicationCommand;
import edu.lifecycle.admissions.application.ApplicationDecider;
import edu.lifecycle.admissions.application.ApplicationEvent;
import edu.lifecycle.admissions.intake.IntakeKey;
import edu.lifecycle.admissions.intake.stream.IntakePayloads;
import edu.lifecycle.admissions.topics.AdmissionsTopics;
import edu.lifecycle.events.profiles.StudentProfile;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.stream.AggregateSpec;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;

/**
 * A student's application as the kit runs it. Besides its public events it feeds the intake of its programme year
 * (decision requests and released seats) and the personal-data topic (the profile, and its tombstone on erasure).
 */
public final class ApplicationAggregate implements AggregateSpec<Application, ApplicationCommand, ApplicationEvent> {

    public static final String NAME = "application";
    public static final String STATE_STORE = NAME + "-state";

    private final ApplicationDecider decider;
    private final AdmissionsTopics topics;

    public ApplicationAggregate(ApplicationDecider decider, AdmissionsTopics topics) {
        this.decider = decider;
        this.topics = topics;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ApplicationCommand toCommand(CommandEnvelope envelope) {
        return ApplicationCommands.from(envelope);
    }

    /** No state until an application is submitted: the decider reads {@code null} as "never applied". */
    @Override
    public Application initial(String key) {
        return null;
    }

    @Override
    public Decision<ApplicationEvent> decide(Application state, ApplicationCommand command) {
        return decider.decide(Optional.ofNullable(state), command);
    }

    @Override
    public Application evolve(Application state, ApplicationEvent event) {
        return decider.evolve(Optional.ofNullable(state), event);
    }

    @Override
    public Serde<Application> stateSerde() {
        return JsonSerde.of(Application.class);
    }

    @Override
    public Object view(Application state) {
        return state == null ? null : ApplicationView.withoutIdentity(state);
    }

    @Override
    public List<Publication> publish(EventContext context, ApplicationEvent event) {
        var key = context.key();
        var publications = new ArrayList<Publication>();
        PublishedApplicationEvents.toAvro(event, context.eventId())
                .ifPresent(avro -> publications.add(Publication.to(topics.events(), key, avro)));
        if (event instanceof ApplicationEvent.ApplicationSubmitted submitted) {
            var applicant = submitted.applicant();
            publications.add(Publication.to(
                    topics.studentProfiles(), key, new StudentProfile(key, applicant.fullName(), applicant.email())));
        } else if (event instanceof ApplicationEvent.PersonalDataErased) {
            // A tombstone: compaction removes the person from the topic, the facts on admissions.events remain.
            publications.add(Publication.to(topics.studentProfiles(), key, null));
        } else if (event instanceof ApplicationEvent.AdmissionDecisionRequested requested) {
            var intake = new IntakeKey(requested.programmeId(), requested.academicYear());
            var payload = new IntakePayloads.PlaceApplicant(
                    key, requested.requested(), requested.reason().orElse(null), requested.examScore());
            publications.add(toIntake(context, intake, IntakePayloads.PLACE_APPLICANT, payload, requested));
        } else if (event instanceof ApplicationEvent.EnrollmentWithdrawn withdrawn) {
            // Every withdrawal goes to the intake: only it knows whether a seat or a waitlist place is freed.
            var intake = new IntakeKey(withdrawn.programmeId(), withdrawn.academicYear());
            var payload = new IntakePayloads.ReleaseSeat(key);
            publications.add(toIntake(context, intake, IntakePayloads.RELEASE_SEAT, payload, withdrawn));
        }
        return publications;
    }

    private Publication toIntake(
            EventContext context, IntakeKey intake, String type, Object payload, ApplicationEvent cause) {
        var intakeKey = intake.toString();
        return Publication.to(
                topics.intakeCommands(),
                intakeKey,
                CommandEnvelope.of(context.followUpCommandId(type), intakeKey, type, payload, cause.occurredAt()));
    }

    @Override
    public List<Topic<?, ?>> outputs() {
        return List.of(topics.events(), topics.studentProfiles(), topics.intakeCommands());
    }
}
