package edu.lifecycle.admissions.application.stream;

import edu.lifecycle.admissions.application.Application;
import edu.lifecycle.admissions.application.ApplicationCommand;
import edu.lifecycle.admissions.application.ApplicationDecider;
import edu.lifecycle.admissions.application.ApplicationEvent;
import edu.lifecycle.admissions.intake.IntakeCommand;
import edu.lifecycle.admissions.intake.IntakeKey;
import edu.lifecycle.admissions.intake.stream.IntakeCommandFormat;
import edu.lifecycle.admissions.privacy.PersonalDataKeys;
import edu.lifecycle.admissions.privacy.stream.PersonalFields;
import edu.lifecycle.admissions.topics.AdmissionsTopics;
import edu.lifecycle.events.profiles.StudentProfile;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.command.CommandType;
import edu.lifecycle.servicekit.stream.Aggregate;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A student's application as the kit runs it. Besides its public events it feeds the intake of its programme year
 * (decision requests and released seats) and the personal-data topic (the profile, and its tombstone on erasure).
 */
public final class ApplicationAggregate {

    public static final String NAME = "application";
    public static final String STATE_STORE = Aggregate.stateStoreOf(NAME);

    private final AdmissionsTopics topics;
    private final PersonalDataKeys keys;

    private ApplicationAggregate(AdmissionsTopics topics, PersonalDataKeys keys) {
        this.topics = topics;
        this.keys = keys;
    }

    public static Aggregate<Application, ApplicationCommand, ApplicationEvent> of(
            ApplicationDecider decider, AdmissionsTopics topics, PersonalDataKeys keys) {
        var personal = new PersonalFields(keys);
        var publishing = new ApplicationAggregate(topics, keys);
        // No state until an application is submitted: the decider reads Optional.empty() as "never applied".
        return Aggregate.<Application, ApplicationCommand, ApplicationEvent>named(NAME)
                .absentUntilFirstEvent(Application.class, decider::decide, decider::evolve)
                // Name and e-mail sealed under the person's data key: the store and its changelog hold ciphertext, in
                // the flat form of earlier releases (StoredApplication).
                .storedAs(new ApplicationStateSerde(personal))
                .readingCommands(ApplicationCommandFormat.codec(personal))
                .showing(ApplicationView::withoutIdentity)
                .publishing(
                        List.of(
                                topics.events(),
                                topics.studentProfiles(),
                                topics.personalDataKeys(),
                                topics.intakeCommands()),
                        publishing::publish);
    }

    private List<Publication> publish(EventContext context, ApplicationEvent event) {
        var key = context.key();
        var publications = new ArrayList<Publication>();
        PublishedApplicationEvents.toAvro(event, context.eventId())
                .ifPresent(avro -> publications.add(Publication.to(topics.events(), key, avro)));
        if (event instanceof ApplicationEvent.ApplicationSubmitted submitted) {
            var applicant = submitted.applicant();
            publications.add(Publication.to(
                    topics.studentProfiles(), key, new StudentProfile(key, applicant.fullName(), applicant.email())));
        } else if (event instanceof ApplicationEvent.PersonalDataRectified rectified) {
            var applicant = rectified.applicant();
            publications.add(Publication.to(
                    topics.studentProfiles(), key, new StudentProfile(key, applicant.fullName(), applicant.email())));
            // The key of the old values is destroyed: every copy of them, wherever it lies, is unreadable from now.
            keys.newestOnly(key)
                    .ifPresent(ring -> publications.add(Publication.to(topics.personalDataKeys(), key, ring)));
        } else if (event instanceof ApplicationEvent.PersonalDataErased) {
            // A tombstone: compaction removes the person from the topic, the facts on admissions.events remain.
            publications.add(Publication.to(topics.studentProfiles(), key, null));
            // Crypto-shredding: without the key, every sealed copy (commands, changelog, dead letters) is noise.
            keys.destroyed(key);
            publications.add(Publication.to(topics.personalDataKeys(), key, null));
        } else if (event instanceof ApplicationEvent.AdmissionDecisionRequested requested) {
            var intake = new IntakeKey(requested.programmeId(), requested.academicYear());
            // The intake's answer records who asked.
            var meta = new CommandMeta(
                    AdmissionDecisionCommandIds.placement(context.commandId()),
                    requested.occurredAt(),
                    requested.staffId());
            publications.add(toIntake(
                    meta,
                    new IntakeCommand.PlaceApplicant(
                            meta.commandId(),
                            intake,
                            key,
                            meta.issuedAt(),
                            requested.requested(),
                            requested.reason(),
                            requested.examScore(),
                            meta.actor())));
        } else if (event instanceof ApplicationEvent.EnrollmentWithdrawn withdrawn) {
            // Every withdrawal goes to the intake: only it knows whether a seat or a waitlist place is freed.
            var intake = new IntakeKey(withdrawn.programmeId(), withdrawn.academicYear());
            var meta = new CommandMeta(
                    context.followUpCommandId(CommandType.of(IntakeCommand.ReleaseSeat.class)),
                    withdrawn.occurredAt(),
                    Optional.empty());
            publications.add(
                    toIntake(meta, new IntakeCommand.ReleaseSeat(meta.commandId(), intake, key, meta.issuedAt())));
        }
        return publications;
    }

    /** @param meta the command's id, its cause's time and who asked (carried so the intake's answer records them) */
    private Publication toIntake(CommandMeta meta, IntakeCommand command) {
        var envelope = IntakeCommandFormat.CODEC.envelope(meta, command);
        return Publication.to(topics.intakeCommands(), envelope.aggregateKey(), envelope);
    }
}
