package edu.lifecycle.admissions.application.stream;

import edu.lifecycle.admissions.intake.IntakeEvent;
import edu.lifecycle.admissions.intake.stream.IntakeNotices;
import edu.lifecycle.admissions.topics.AdmissionsTopics;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.List;

/**
 * The intake tells each application the outcome through that application's own commands topic: a placement becomes
 * its {@code record-admission-decision}, a promotion its {@code promote-from-waitlist}.
 */
final class IntakeDecisionsToApplications implements IntakeNotices {

    private final AdmissionsTopics topics;

    IntakeDecisionsToApplications(AdmissionsTopics topics) {
        this.topics = topics;
    }

    @Override
    public List<Publication> of(EventContext context, IntakeEvent event) {
        if (event instanceof IntakeEvent.ApplicantPlaced placed) {
            // Derived from the placement's id alone: the HTTP request that asked for the decision waits for it.
            return List.of(toApplication(
                    AdmissionDecisionCommandIds.finalDecision(context.commandId()),
                    placed.studentId(),
                    ApplicationCommandTypes.RECORD_ADMISSION_DECISION,
                    new ApplicationPayloads.RecordAdmissionDecision(
                            placed.decision(), placed.reason().orElse(null)),
                    event,
                    placed.staffId().orElse(null)));
        }
        if (event instanceof IntakeEvent.WaitlistPromotionGranted granted) {
            return List.of(toApplication(
                    context.followUpCommandId(ApplicationCommandTypes.PROMOTE_FROM_WAITLIST),
                    granted.studentId(),
                    ApplicationCommandTypes.PROMOTE_FROM_WAITLIST,
                    new ApplicationPayloads.Empty(),
                    event,
                    null));
        }
        // A freed seat or a left waitlist changes no application by itself.
        return List.of();
    }

    @Override
    public List<Topic<?, ?>> topics() {
        return List.of(topics.applicationCommands());
    }

    /** @param actor the person the answer is for (who asked for the decision); {@code null} for a promotion */
    private Publication toApplication(
            String commandId, String studentId, String type, Object payload, IntakeEvent cause, String actor) {
        return Publication.to(
                topics.applicationCommands(),
                studentId,
                CommandEnvelope.of(commandId, studentId, type, payload, cause.occurredAt())
                        .withActor(actor));
    }
}
