package edu.lifecycle.admissions.intake.stream;

import edu.lifecycle.admissions.application.stream.AdmissionDecisionCommandIds;
import edu.lifecycle.admissions.application.stream.ApplicationCommandTypes;
import edu.lifecycle.admissions.application.stream.ApplicationPayloads;
import edu.lifecycle.admissions.intake.Intake;
import edu.lifecycle.admissions.intake.IntakeCommand;
import edu.lifecycle.admissions.intake.IntakeDecider;
import edu.lifecycle.admissions.intake.IntakeEvent;
import edu.lifecycle.admissions.intake.IntakeKey;
import edu.lifecycle.admissions.topics.AdmissionsTopics;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.stream.AggregateLogic;
import edu.lifecycle.servicekit.stream.AggregateSpec;
import edu.lifecycle.servicekit.stream.DeciderAggregateSpec;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.List;
import java.util.Optional;

/**
 * The intake of one programme year as the kit runs it: it places applicants within capacity and promotes from the
 * waitlist, and tells each application the outcome through that application's own commands topic.
 */
public final class IntakeAggregate extends DeciderAggregateSpec<Intake, IntakeCommand, IntakeEvent> {

    public static final String NAME = "intake";
    public static final String STATE_STORE = AggregateSpec.stateStoreOf(NAME);

    private final AdmissionsTopics topics;

    public IntakeAggregate(IntakeDecider decider, AdmissionsTopics topics) {
        super(new AggregateLogic<>(
                NAME, Intake.class, key -> Intake.empty(keyOf(key)), decider::decide, decider::evolve));
        this.topics = topics;
    }

    @Override
    public IntakeCommand toCommand(CommandEnvelope envelope) {
        var intake = keyOf(envelope.aggregateKey());
        return switch (envelope.type()) {
            case IntakePayloads.PLACE_APPLICANT -> {
                var body = envelope.payloadAs(IntakePayloads.PlaceApplicant.class);
                yield new IntakeCommand.PlaceApplicant(
                        envelope.commandId(),
                        intake,
                        body.studentId(),
                        envelope.issuedAt(),
                        body.requested(),
                        Optional.ofNullable(body.reason()),
                        body.examScore(),
                        Optional.ofNullable(envelope.actor()));
            }
            case IntakePayloads.RELEASE_SEAT ->
                new IntakeCommand.ReleaseSeat(
                        envelope.commandId(),
                        intake,
                        envelope.payloadAs(IntakePayloads.ReleaseSeat.class).studentId(),
                        envelope.issuedAt());
            default -> throw new IllegalArgumentException("Unknown intake command type '" + envelope.type() + "'");
        };
    }

    @Override
    public Object view(Intake state) {
        return IntakeView.of(state);
    }

    @Override
    public List<Publication> publish(EventContext context, IntakeEvent event) {
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

    /** @param actor the person the answer is for (who asked for the decision); {@code null} for a promotion */
    private Publication toApplication(
            String commandId, String studentId, String type, Object payload, IntakeEvent cause, String actor) {
        return Publication.to(
                topics.applicationCommands(),
                studentId,
                CommandEnvelope.of(commandId, studentId, type, payload, cause.occurredAt())
                        .withActor(actor));
    }

    @Override
    public List<Topic<?, ?>> outputs() {
        return List.of(topics.applicationCommands());
    }

    private static IntakeKey keyOf(String key) {
        return IntakeKey.parse(key)
                .orElseThrow(() -> new IllegalArgumentException("Not an intake key (programme/year): '" + key + "'"));
    }
}
