package edu.lifecycle.admissions.application.stream;

import edu.lifecycle.admissions.application.ApplicationCommand;
import edu.lifecycle.admissions.intake.IntakeEvent;
import edu.lifecycle.admissions.intake.stream.IntakeNotices;
import edu.lifecycle.admissions.topics.AdmissionsTopics;
import edu.lifecycle.servicekit.command.CommandCodec;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.command.CommandType;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.List;
import java.util.Optional;

/**
 * The intake tells each application the outcome through that application's own commands topic: a placement becomes
 * its {@code record-admission-decision}, a promotion its {@code promote-from-waitlist}.
 */
final class IntakeDecisionsToApplications implements IntakeNotices {

    private final AdmissionsTopics topics;
    private final CommandCodec<ApplicationCommand> codec;

    IntakeDecisionsToApplications(AdmissionsTopics topics, CommandCodec<ApplicationCommand> codec) {
        this.topics = topics;
        this.codec = codec;
    }

    @Override
    public List<Publication> of(EventContext context, IntakeEvent event) {
        if (event instanceof IntakeEvent.ApplicantPlaced placed) {
            // Derived from the placement's id alone: the HTTP request that asked for the decision waits for it.
            // The answer is for the person who asked for the decision.
            var meta = new CommandMeta(
                    AdmissionDecisionCommandIds.finalDecision(context.commandId()),
                    placed.occurredAt(),
                    placed.staffId());
            return List.of(toApplication(
                    meta,
                    new ApplicationCommand.RecordAdmissionDecision(
                            meta.commandId(),
                            placed.studentId(),
                            meta.issuedAt(),
                            placed.decision(),
                            placed.reason(),
                            meta.actor())));
        }
        if (event instanceof IntakeEvent.WaitlistPromotionGranted granted) {
            var meta = new CommandMeta(
                    context.followUpCommandId(CommandType.of(ApplicationCommand.PromoteFromWaitlist.class)),
                    granted.occurredAt(),
                    Optional.empty());
            return List.of(toApplication(
                    meta,
                    new ApplicationCommand.PromoteFromWaitlist(
                            meta.commandId(), granted.studentId(), meta.issuedAt())));
        }
        // A freed seat or a left waitlist changes no application by itself.
        return List.of();
    }

    @Override
    public List<Topic<?, ?>> topics() {
        return List.of(topics.applicationCommands());
    }

    private Publication toApplication(CommandMeta meta, ApplicationCommand command) {
        var envelope = codec.envelope(meta, command);
        return Publication.to(topics.applicationCommands(), envelope.aggregateKey(), envelope);
    }
}
